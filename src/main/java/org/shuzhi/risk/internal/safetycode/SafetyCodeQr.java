package org.shuzhi.risk.internal.safetycode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public URL of a safety code and its QR code as a PNG for print. Error correction M survives a
 * scuffed print; the base URL is {@code shuzhi.public-base-url}, else the current request's.
 */
@Component
class SafetyCodeQr {

  static final int SIZE = 400;

  private final String publicBaseUrl;

  SafetyCodeQr(@Value("${shuzhi.public-base-url:}") String publicBaseUrl) {
    this.publicBaseUrl =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
  }

  String publicUrl(String token) {
    String base =
        publicBaseUrl.isBlank()
            ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
            : publicBaseUrl;
    return base + "/public/safety-code/" + token;
  }

  byte[] png(String content) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  content,
                  BarcodeFormat.QR_CODE,
                  SIZE,
                  SIZE,
                  Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
      BufferedImage image =
          new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int x = 0; x < matrix.getWidth(); x++) {
        for (int y = 0; y < matrix.getHeight(); y++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalStateException("QR encoding failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
