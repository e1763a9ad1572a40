// Screenshots kept in the repository: a PNG palette-quantised with sharp (installed with Next) when it
// is there, a few times smaller; the PNG as taken otherwise.
export async function compressPng(png: Buffer): Promise<Buffer> {
  try {
    const { default: sharp } = await import('sharp');
    return await sharp(png).png({ palette: true, quality: 90, compressionLevel: 9, effort: 8 }).toBuffer();
  } catch {
    return png;
  }
}
