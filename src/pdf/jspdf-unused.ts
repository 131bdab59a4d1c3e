// Stands in for the libraries jsPDF imports only for doc.html() and SVG images
// (html2canvas, dompurify, canvg), which the report never uses: without them the
// build ships and precaches about 380 KB less. Loading it fails, as jsPDF expects
// of a missing optional library.
throw new Error('not part of this app: jsPDF html() and SVG images are unused');
