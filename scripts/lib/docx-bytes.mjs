// Reproducible DOCX bytes for the fixture scripts: the document properties carry a fixed creator
// and date, and every ZIP entry's time is set to 1980-01-01 00:00.
import { Packer } from 'docx';

/** docProps/core.xml with `creator` and `date` (YYYY-MM-DD) as creation and modification date. */
function coreXml(creator, date) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${creator}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:modified></cp:coreProperties>`;
}

/** The bytes of a `docx` Document, the same on every run. */
export async function docxBytes(doc, { creator, date }) {
  const bytes = await Packer.toBuffer(doc, false, [
    { path: 'docProps/core.xml', data: coreXml(creator, date) },
  ]);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = bytes.readUInt32LE(end + 16);
  for (let k = bytes.readUInt16LE(end + 10); k > 0; k--) {
    const local = bytes.readUInt32LE(p + 42);
    bytes.writeUInt32LE(0x00210000, p + 12); // central: time 00:00, date 1980-01-01
    bytes.writeUInt32LE(0x00210000, local + 10); // local header
    p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return bytes;
}
