import { offerOpenedFiles } from '../actions/received-files';
import { paths } from '../ui/paths';

// "Öffnen mit": the installed app opened with .json files (the manifest's
// file_handlers). The browser queues the launch until a consumer is set, so
// this module may load after the first screen. The files go to the office
// view, which imports them as if picked.

/** Takes the files of every launch of the app to the office view. */
export function receiveLaunchedFiles(queue: LaunchQueue): void {
  queue.setConsumer((params) => {
    if (params.files.length === 0) return;
    void offerOpenedFiles(params.files);
    location.hash = paths.office();
  });
}
