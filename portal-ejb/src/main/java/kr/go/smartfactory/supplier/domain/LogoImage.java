package kr.go.smartfactory.supplier.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import kr.go.smartfactory.attachment.domain.FileType;
import kr.go.smartfactory.attachment.domain.ImageMetadata;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * A supplier's logo as uploaded, checked by its content and never by its name or declared type: PNG, JPEG
 * or GIF by their signatures, at most {@link #MAX_BYTES}, and an image the JDK can read with sensible
 * dimensions (read from the header, so a "decompression bomb" is refused before it is decoded). SVG is not
 * accepted: it can carry scripts.
 */
public record LogoImage(String contentType, byte[] bytes, int width, int height) {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MIN_SIDE = 16;
    public static final int MAX_SIDE = 2048;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};

    public LogoImage {
        bytes = bytes.clone();
    }

    /** The checked image, or a {@link DomainException} naming what is wrong with it. */
    public static LogoImage of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("logo.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException("logo.tooLarge");
        }
        String type = startsWith(bytes, PNG) ? "image/png"
                : startsWith(bytes, JPEG) ? "image/jpeg"
                : startsWith(bytes, GIF87) || startsWith(bytes, GIF89) ? "image/gif" : null;
        if (type == null) {
            throw new DomainException("logo.type");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            if (in == null || !readers.hasNext()) {
                throw new DomainException("logo.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new DomainException("logo.dimensions");
                }
                reader.read(0); // the whole image must decode, not just its header
                // shown in public: camera data and GPS position never leave the uploader's file
                byte[] clean = switch (type) {
                    case "image/jpeg" -> ImageMetadata.strip(FileType.JPEG, bytes);
                    case "image/png" -> ImageMetadata.strip(FileType.PNG, bytes);
                    default -> bytes;
                };
                return new LogoImage(type, clean, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException("logo.unreadable");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogoImage other && contentType.equals(other.contentType) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return contentType.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "LogoImage[" + contentType + ", " + bytes.length + " bytes, " + width + "x" + height + "]";
    }
}
