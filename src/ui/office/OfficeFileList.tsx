import type { StoredOfficeFile } from '../../actions/office';
import { fmt, t, tf } from '../../locale';
import { ScrollTable } from '../components/ScrollTable';
import { periodLabel } from './period-label';

/** The imported files, without names: period, category, size, edition, import time, short id. */
export function OfficeFileList({
  files,
  onDelete,
}: {
  files: StoredOfficeFile[];
  onDelete: (fileId: string) => void;
}) {
  const c = tf().office.columns;
  return (
    <ScrollTable label={tf().office.filesHeading(files.length)} class="numbers office-files">
      <thead>
        <tr>
          <th scope="col">{c.id}</th>
          <th scope="col">{c.period}</th>
          <th scope="col">{c.category}</th>
          <th scope="col">{c.sizeBand}</th>
          <th scope="col">{c.edition}</th>
          <th scope="col">{c.importedAt}</th>
          <th scope="col">{c.action}</th>
        </tr>
      </thead>
      <tbody>
        {files.map(({ fileId, importedAt, file }) => {
          const short = fileId.slice(0, 8);
          return (
            <tr key={fileId}>
              <th scope="row">
                <code>{short}</code>
              </th>
              <td>{periodLabel(file.period)}</td>
              <td>{t.clubs.categories[file.club.category]}</td>
              <td>{t.clubs.sizeBands[file.club.sizeBand]}</td>
              <td>{tf().office.editionShort(file.edition.id, file.edition.version)}</td>
              <td>{fmt.dateTime(importedAt)}</td>
              <td>
                <button
                  type="button"
                  class="button small danger-outline"
                  aria-label={tf().office.deleteOne(short)}
                  onClick={() => onDelete(fileId)}
                >
                  {tf().office.delete}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
