package org.shuzhi.hazard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.platform.InvalidInputException;

class PhotoCheckTest {

  static final long FIVE_MB = 5L * 1024 * 1024;
  final PhotoCheck check = new PhotoCheck(FIVE_MB);

  static byte[] image(String format) throws IOException {
    var out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  static String keyOf(InvalidInputException e) {
    return e.violations().get(0).messageKey();
  }

  @Test
  void aRealPngAndJpegPass() throws IOException {
    assertThat(check.admit(image("png"))).isEqualTo(PhotoType.PNG);
    assertThat(check.admit(image("jpg"))).isEqualTo(PhotoType.JPEG);
  }

  @Test
  void webpIsRecognisedByItsRiffHeader() {
    byte[] webp = new byte[32];
    System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
    System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
    assertThat(check.admit(webp)).isEqualTo(PhotoType.WEBP);
    byte[] wav = webp.clone();
    System.arraycopy("WAVE".getBytes(StandardCharsets.US_ASCII), 0, wav, 8, 4);
    assertThatThrownBy(() -> check.admit(wav))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(keyOf(e)).isEqualTo("hazard.evidence.notAnImage"));
  }

  @Test
  void aTextFileNamedJpgIsRefusedByContent() {
    // The name would say photo.jpg; only the bytes count.
    byte[] text = "this is not a photo, just text\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> check.admit(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(keyOf(e)).isEqualTo("hazard.evidence.notAnImage"));
  }

  @Test
  void sixMegabytesAreTooManyEvenForARealPng() throws IOException {
    byte[] png = image("png");
    byte[] big = Arrays.copyOf(png, 6 * 1024 * 1024);
    assertThatThrownBy(() -> check.admit(big))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(keyOf(e)).isEqualTo("hazard.evidence.tooLarge");
              assertThat(e.violations().get(0).arguments()).containsExactly("5");
            });
    byte[] exactlyFive = Arrays.copyOf(png, (int) FIVE_MB);
    assertThat(check.admit(exactlyFive)).isEqualTo(PhotoType.PNG);
  }

  @Test
  void emptyIsRefused() {
    assertThatThrownBy(() -> check.admit(new byte[0]))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(keyOf(e)).isEqualTo("hazard.evidence.empty"));
  }

  @Test
  void theStoreNamesFilesItselfAndRefusesForeignKeys(@TempDir Path dir) throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneOffset.UTC);
    var store = new FileSystemEvidenceStore(dir, clock);
    byte[] png = image("png");
    String key = store.put(png, PhotoType.PNG);
    assertThat(key).matches("2026/03/[0-9a-f-]{36}\\.png");
    assertThat(store.get(key)).hasValue(png);
    assertThat(store.put(png, PhotoType.PNG)).isNotEqualTo(key);
    Files.writeString(dir.resolve("secret.txt"), "secret");
    assertThat(store.get("../secret.txt")).isEmpty();
    assertThat(store.get("2026/03/../../secret.txt")).isEmpty();
    assertThat(store.get("/etc/passwd")).isEmpty();
    assertThat(store.get("2026/03/00000000-0000-0000-0000-000000000000.png")).isEmpty();
  }
}
