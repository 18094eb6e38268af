package org.passerelle.core.internal.organisation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.passerelle.core.DomainException;

/**
 * An establishment's logo or stamp as it is kept: decoded in full, never judged by its first bytes (issue 9, item 6),
 * then re-encoded as PNG, so that what is served back is an image the platform drew and never the file as sent (a
 * PNG signature followed by HTML, say). The dimensions are read from the header and bounded before any pixel is
 * decoded (a 20,000 × 20,000 PNG of a few hundred KB would take gigabytes once decoded).
 */
final class Images {

    /** Largest width and height, in pixels: a logo or a stamp is printed a few centimetres wide. */
    static final int MAX_SIDE = 2000;
    /** What is kept: always PNG. */
    static final String STORED_TYPE = "image/png";
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "jpg");

    private Images() {
    }

    /**
     * The image re-encoded as PNG.
     *
     * @throws DomainException 400 {@code unsupported-image} (not a PNG or JPEG), {@code image-too-large} (a side over
     *                         {@value #MAX_SIDE} px) or {@code unreadable-image} (does not decode in full)
     */
    static byte[] reencoded(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw DomainException.invalid("unsupported-image", "file");
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw DomainException.invalid("unsupported-image", "file");
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw DomainException.invalid("image-too-large", "file", width, height, MAX_SIDE);
                }
                BufferedImage image;
                try {
                    image = reader.read(0);
                } catch (javax.imageio.IIOException e) {
                    // Java's JPEG reader reads RGB and greyscale only: a print-ready CMYK logo is common, and fixable.
                    if (isJpeg(reader) && String.valueOf(e.getMessage()).contains("Unsupported Image Type")) {
                        throw DomainException.invalid("cmyk-image", "file");
                    }
                    throw e;
                }
                if (isJpeg(reader) && image.getRaster().getNumBands() == 4) {
                    throw DomainException.invalid("cmyk-image", "file");
                }
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                if (!ImageIO.write(image, "png", png)) {
                    throw DomainException.invalid("unreadable-image", "file");
                }
                return png.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException refused) {
                throw refused;
            }
            throw DomainException.invalid("unreadable-image", "file");
        }
    }

    private static boolean isJpeg(ImageReader reader) throws IOException {
        return reader.getFormatName().toLowerCase(Locale.ROOT).startsWith("jp");
    }
}
