package org.passerelle.core.internal.organisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.Test;
import org.passerelle.core.DomainException;

/** Logos and stamps: decoded, bounded and re-encoded, never judged by their first bytes. */
public class ImagesTest {

    static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(DomainException.class, () -> Images.reencoded(bytes)).kind();
    }

    @Test
    public void pngAndJpegAreKeptAsAPngOfTheSameSize() throws Exception {
        for (String format : new String[] {"png", "jpeg"}) {
            BufferedImage kept = ImageIO.read(new ByteArrayInputStream(Images.reencoded(image(format, 120, 80))));
            assertEquals(120, kept.getWidth());
            assertEquals(80, kept.getHeight());
        }
    }

    /** A PNG signature followed by HTML never comes back as sent: what is kept is the decoded image only. */
    @Test
    public void whatFollowsTheImageIsNeverKept() throws Exception {
        byte[] png = image("png", 10, 10);
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] polyglot = Arrays.copyOf(png, png.length + html.length);
        System.arraycopy(html, 0, polyglot, png.length, html.length);
        String kept = new String(Images.reencoded(polyglot), StandardCharsets.ISO_8859_1);
        assertFalse(kept.contains("<script>"));
        assertEquals("unreadable-image", refusal(("\u0089PNG\r\n\u001a\n" + new String(html, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** 20,000 × 20,000 announced in a few bytes: refused from the header, before any pixel is decoded. */
    @Test
    public void hugeDimensionsAreRefusedBeforeDecoding() throws Exception {
        assertEquals("image-too-large", refusal(pngHeader(20_000, 20_000)));
        assertEquals("image-too-large", refusal(image("png", Images.MAX_SIDE + 1, 1)));
        Images.reencoded(image("png", Images.MAX_SIDE, 1));
    }

    @Test
    public void truncatedOrOtherFilesAreRefused() throws Exception {
        byte[] png = image("png", 50, 50);
        assertEquals("unreadable-image", refusal(Arrays.copyOf(png, png.length / 2)));
        assertEquals("unsupported-image", refusal("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("unsupported-image", refusal(image("gif", 5, 5)));
        assertEquals("unsupported-image", refusal("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.US_ASCII)));
    }

    /** A print-ready CMYK JPEG (common for logos) is told as such, not as a damaged file. */
    @Test
    public void aCmykJpegIsToldApart() throws Exception {
        java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 8, 8, 4, null);
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(raster, null, null), writer.getDefaultWriteParam());
        }
        assertEquals("cmyk-image", refusal(out.toByteArray()));
    }

    /** The PNG signature and an IHDR chunk with a valid CRC, and nothing else. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }
}
