package kr.go.smartfactory.supplier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.shared.domain.DomainException;

class LogoImageTest {

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(DomainException.class, () -> LogoImage.of(bytes)).getMessageKeys().get(0);
    }

    @Test
    void theTypeComesFromTheContent() throws IOException {
        assertEquals("image/png", LogoImage.of(image("png", 64, 32)).contentType());
        assertEquals("image/jpeg", LogoImage.of(image("jpg", 64, 32)).contentType());
        LogoImage gif = LogoImage.of(image("gif", 40, 20));
        assertEquals("image/gif", gif.contentType());
        assertEquals(40, gif.width());
        assertEquals(20, gif.height());
    }

    @Test
    void whatIsNotAnImageIsRefusedWhateverItIsCalled() {
        assertEquals("logo.type", refusal("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals("logo.type", refusal("<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("logo.empty", refusal(new byte[0]));
    }

    @Test
    void aSignatureAloneIsNotEnough() throws IOException {
        byte[] png = image("png", 64, 64);
        byte[] truncated = Arrays.copyOf(png, 40);
        assertEquals("logo.unreadable", refusal(truncated));
        byte[] disguised = Arrays.copyOf(png, png.length + 20);
        System.arraycopy("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), 0, disguised, 30, 20);
        assertEquals("logo.unreadable", refusal(disguised));
    }

    @Test
    void sizeAndDimensionsAreLimited() throws IOException {
        assertEquals("logo.dimensions", refusal(image("png", 8, 8)));
        assertEquals("logo.dimensions", refusal(image("png", 3000, 20)));
        byte[] big = new byte[LogoImage.MAX_BYTES + 1];
        System.arraycopy(image("png", 16, 16), 0, big, 0, 8);
        assertEquals("logo.tooLarge", refusal(big));
    }

    @Test
    void aLogoShownInPublicLosesItsCameraDataAndPosition() throws IOException {
        byte[] plain = image("jpg", 64, 32);
        byte[] exif = new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 19};
        byte[] gps = "Exif\0\0GPSLatitude".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(plain, 0, 2);
        tagged.write(exif);
        tagged.write(gps);
        tagged.write(plain, 2, plain.length - 2);
        LogoImage logo = LogoImage.of(tagged.toByteArray());
        String stored = new String(logo.bytes(), StandardCharsets.ISO_8859_1);
        assertEquals(-1, stored.indexOf("GPSLatitude"), "no GPS position in what is served");
        assertEquals(plain.length, logo.bytes().length);
        assertEquals(64, ImageIO.read(new java.io.ByteArrayInputStream(logo.bytes())).getWidth());
    }
}
