package io.sigillum.platform.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** QR codes of the links a person hands a wallet on another device (offers, authorization requests), as PNG images. */
public final class QrCodes {

    /** Pixels per module: large enough for a phone camera at arm's length on a screen. */
    private static final int SCALE = 6;
    /** The quiet zone ISO/IEC 18004 asks for, in modules. */
    private static final int MARGIN = 4;

    private QrCodes() {
    }

    /**
     * @param text what the code holds
     * @return a black-on-white PNG; error correction M (15 %), the usual choice for screens
     * @throws IllegalArgumentException when the text is too long for a QR code
     */
    public static byte[] png(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, MARGIN,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text does not fit a QR code; pass it by reference", e);
        }
        int width = matrix.getWidth() * SCALE;
        BufferedImage image = new BufferedImage(width, matrix.getHeight() * SCALE, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, matrix.get(x / SCALE, y / SCALE) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
