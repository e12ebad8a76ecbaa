package org.gridlink.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gridlink.support.Api;
import org.junit.jupiter.api.Test;

/** Without an AppID nothing reaches WeChat, and what stands in says so. */
@MicronautTest(transactional = false)
class WechatDevModeTest {
  @Inject WechatFacade facade;
  @Inject WechatMiniProgramCodes codes;
  @Inject WechatContentCheck contentCheck;
  @Inject WechatSubscribeMessages messages;
  @Inject Api api;

  @Test
  void devModeStandsInForWechat() throws Exception {
    assertThat(facade.devMode()).isTrue();
    assertThat(contentCheck.checkText("o-dev", 2, "RISKY")).isEqualTo(ContentVerdict.PASS);
    assertThat(contentCheck.submitImage("o-dev", 3, "http://x/y.jpg")).startsWith("dev-");
    messages.recordConsents("o-dev-1", java.util.List.of("t"));
    assertThat(messages.send("o-dev-1", "t", "pages/index", Map.of()))
        .isEqualTo(SubscribeResult.DEV_MODE_SKIPPED);
  }

  @Test
  void theDevCodeIsAReadableQrCodeMarkedAsDev() throws Exception {
    var code = codes.unlimited("pages/grid/index", "g=GX-1");
    assertThat(code.devPlaceholder()).isTrue();
    var image = ImageIO.read(new ByteArrayInputStream(code.png()));
    assertThat(image.getHeight()).isGreaterThan(image.getWidth());
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    assertThat(new QRCodeReader().decode(bitmap).getText())
        .isEqualTo("gridlink-dev://pages/grid/index?scene=g=GX-1");
  }

  @Test
  void withoutAMessageTokenNoCallbackIsTrusted() {
    String ts = Long.toString(Instant.now().getEpochSecond());
    var r =
        api.get("/api/v1/wechat/callback?signature=x&timestamp=" + ts + "&nonce=n&echostr=e")
            .send();
    assertThat(r.status()).isEqualTo(403);
  }
}
