import type { Edition } from '../../domain/edition-schema';
import { deFiles } from '../../messages/de-files';
import './export.css';

const t = deFiles.share.contact;

/** Where the files go: the Integrationsbüro as the edition names it. */
export function OfficeContact({ office }: { office: Edition['office'] }) {
  return (
    <section class="card export-section" aria-labelledby="contact-title">
      <h2 id="contact-title" class="card-title">
        {t.heading}
      </h2>
      {office ? (
        <>
          <p>{t.intro}</p>
          <address class="office">
            <strong>{office.name}</strong>
            <br />
            {office.address}
            <br />
            {t.phone}{' '}
            <a class="text-link" href={`tel:${office.phone.replace(/[^\d+]/g, '')}`}>
              {office.phone}
            </a>
            {office.email && (
              <>
                <br />
                {t.email}{' '}
                <a class="text-link" href={`mailto:${office.email}`}>
                  {office.email}
                </a>
              </>
            )}
          </address>
        </>
      ) : (
        <p>{t.missing}</p>
      )}
    </section>
  );
}
