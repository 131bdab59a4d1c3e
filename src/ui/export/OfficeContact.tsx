import type { Office } from '../../domain/edition';
import { tf } from '../../locale';
import './export.css';

const msg = () => tf().share.contact;

/** Where the files go: the Integrationsbüro as the edition names it. */
export function OfficeContact({ office }: { office: Office | undefined }) {
  return (
    <section class="card export-section" aria-labelledby="contact-title">
      <h2 id="contact-title" class="card-title">
        {msg().heading}
      </h2>
      {office ? (
        <>
          <p>{msg().intro}</p>
          <address class="office">
            <strong>{office.name}</strong>
            <br />
            {office.address}
            <br />
            {msg().phone}{' '}
            <a class="text-link" href={`tel:${office.phone.replace(/[^\d+]/g, '')}`}>
              {office.phone}
            </a>
            {office.email && (
              <>
                <br />
                {msg().email}{' '}
                <a class="text-link" href={`mailto:${office.email}`}>
                  {office.email}
                </a>
              </>
            )}
            {office.dropUrl && (
              <>
                <br />
                {msg().drop}{' '}
                <a
                  class="text-link"
                  href={office.dropUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {msg().dropLink}
                </a>
              </>
            )}
          </address>
        </>
      ) : (
        <p>{msg().missing}</p>
      )}
    </section>
  );
}
