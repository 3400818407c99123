// The reading view (issue 19): draws the PDF page with PDF.js (served by Mosty from its webjar) and
// marks the matched words in its text layer. PDF.js asks for the byte ranges it needs, not the file.
const view = document.getElementById('pdf-view');
const PDFJS = '/webjars/pdfjs-dist/4.10.38/build/';

function markTerms(layer, terms) {
  if (!terms.length) return 0;
  const words = terms.map((t) => t.toLowerCase()).sort((a, b) => b.length - a.length);
  const isWord = (c) => c !== undefined && /[\p{L}\p{N}'’ʼ]/u.test(c);
  let marked = 0;
  for (const span of layer.querySelectorAll('span:not(.markedContent)')) {
    const text = span.textContent;
    const lower = text.toLowerCase();
    if (lower.length !== text.length) continue;
    const parts = [];
    let plain = 0;
    for (let i = 0; i < text.length;) {
      const found = isWord(text[i - 1]) ? null
        : words.find((w) => lower.startsWith(w, i) && !isWord(text[i + w.length]));
      if (found) {
        if (i > plain) parts.push(document.createTextNode(text.slice(plain, i)));
        const mark = document.createElement('mark');
        mark.textContent = text.slice(i, i + found.length);
        parts.push(mark);
        marked++;
        i += found.length;
        plain = i;
      } else {
        i++;
      }
    }
    if (parts.length) {
      if (plain < text.length) parts.push(document.createTextNode(text.slice(plain)));
      span.replaceChildren(...parts);
    }
  }
  return marked;
}

async function show() {
  const pdfjs = await import(PDFJS + 'pdf.min.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = PDFJS + 'pdf.worker.min.mjs';
  const terms = JSON.parse(view.dataset.terms || '[]');
  // Our own range transport: PDF.js asks for the byte ranges it needs and nothing else is fetched
  // (its own loader starts with a request for the whole file and drops it, after an amount that
  // depends on timing).
  const transport = new pdfjs.PDFDataRangeTransport(Number(view.dataset.size), null);
  let ranges = 0;
  let asked = 0;
  transport.requestDataRange = (begin, end) => {
    view.dataset.ranges = String(++ranges);
    asked += end - begin;
    view.dataset.bytes = String(asked);
    fetch(view.dataset.file, { headers: { Range: `bytes=${begin}-${end - 1}` }, credentials: 'same-origin' })
      .then((response) => {
        if (response.status !== 206) throw new Error(`no range answer: ${response.status}`);
        return response.arrayBuffer();
      })
      .then((bytes) => transport.onDataRange(begin, new Uint8Array(bytes)))
      .catch((error) => { view.hidden = true; view.dataset.failed = String(error); });
  };
  const pdf = await pdfjs.getDocument({
    range: transport, disableStream: true, disableAutoFetch: true, rangeChunkSize: 32768, isEvalSupported: false,
  }).promise;
  const page = await pdf.getPage(Number(view.dataset.page));
  view.hidden = false;
  const box = view.querySelector('.pdf-page');
  const width = box.clientWidth || 600;
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: width / base.width });
  const ratio = window.devicePixelRatio || 1;
  const canvas = box.querySelector('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = viewport.width + 'px';
  canvas.style.height = viewport.height + 'px';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', view.querySelector('figcaption').textContent);
  box.style.width = viewport.width + 'px';
  box.style.height = viewport.height + 'px';
  await page.render({
    canvasContext: canvas.getContext('2d'), viewport,
    transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : null,
  }).promise;
  const layer = box.querySelector('.textLayer');
  layer.style.setProperty('--scale-factor', viewport.scale);
  const text = new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: layer, viewport });
  await text.render();
  view.dataset.marked = String(markTerms(layer, terms));
  view.dataset.rendered = 'true';
}

if (view) {
  show().catch((error) => {
    view.hidden = true; // the text below stays: it is the page without PDF.js
    view.dataset.failed = String(error);
  });
}
