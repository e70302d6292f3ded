package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The letters as PDF, in the request's language, with the receipt's QR code that opens it. */
class LettersIT extends ApplicationDeployment {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  void theReceiptNamesTheDueDateAndItsQrCodeOpensTheRequest() throws Exception {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));
    String reference = filed.text("reference");
    LocalDate due = LocalDate.parse(filed.text("dueDate"));

    HttpResponse<byte[]> receipt =
        api.download(citizen, "/api/v1/requests/" + reference + "/letters/receipt");
    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(receipt.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(receipt.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Accusé de réception")
          .contains(reference)
          .contains(DATE.format(due))
          .contains("Ministère du test");
      assertThat(qrCode(pdf.getPage(0))).endsWith("/request.xhtml?ref=" + reference);
      PdfPictures.save(pdf, "letters", "receipt-fr", 1);
    }
    assertThat(
            api.download(
                    api.registerCitizen(), "/api/v1/requests/" + reference + "/letters/receipt")
                .statusCode())
        .isEqualTo(404);
    assertThat(api.get(citizen, "/api/v1/requests/" + reference + "/letters/extension").status())
        .isEqualTo(404);
    Caller officer = api.createStaff("OFFICER", body);
    Reply extended =
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/extension",
            Map.of("ground", "LARGE_VOLUME", "explanation", "Dix ans d’archives à rassembler."));
    expect(extended, 200);
    try (PDDocument pdf =
        Loader.loadPDF(
            api.download(citizen, "/api/v1/requests/" + reference + "/letters/extension").body())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Prorogation")
          .contains(DATE.format(due))
          .contains(DATE.format(LocalDate.parse(extended.text("dueDate"))))
          .contains("Dix ans d’archives à rassembler.");
      PdfPictures.save(pdf, "letters", "extension-fr", 1);
    }
    Reply early = api.get(citizen, "/api/v1/requests/" + reference + "/letters/decision");
    assertThat(early.status()).isEqualTo(404);
    assertThat(early.text("code")).isEqualTo("letterNotAvailable");
    assertThat(api.get(citizen, "/api/v1/requests/" + reference + "/letters/invoice").status())
        .isEqualTo(400);
  }

  @Test
  void theClarificationTheHeadsDecisionAndTheCommissionsRecommendationAreLetters()
      throws Exception {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    Caller head = api.createStaff("HEAD", body);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String path = "/api/v1/requests/" + reference;
    assertThat(api.get(citizen, path + "/letters/clarification").status()).isEqualTo(404);
    expect(
        api.post(officer, path + "/clarification", Map.of("question", "Quelle année visez-vous ?")),
        200);
    try (PDDocument pdf =
        Loader.loadPDF(api.download(citizen, path + "/letters/clarification").body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Demande de précisions")
          .contains("Quelle année visez-vous ?")
          .contains("Ministère du test")
          .contains("Merci de répondre au plus tard le");
      assertThat(qrCode(pdf.getPage(0))).endsWith("/request.xhtml?ref=" + reference);
      PdfPictures.save(pdf, "letters", "clarification-fr", 1);
    }
    expect(api.post(citizen, path + "/clarification-answer", Map.of("answer", "2024.")), 200);
    expect(
        api.post(
            officer,
            path + "/decision",
            Map.of(
                "resolution", "REFUSED",
                "refusalGround", "IN_PREPARATION",
                "message", "Le rapport est en cours.")),
        200);
    expect(api.post(reviewer, path + "/review", Map.of("approved", true)), 200);
    assertThat(api.get(citizen, path + "/letters/head_decision").status()).isEqualTo(404);
    String complaint =
        api.post(citizen, path + "/complaints", Map.of("grounds", "Le rapport existe."))
            .text("reference");
    Reply upheld =
        api.post(
            head,
            "/api/v1/complaints/" + complaint + "/decision",
            Map.of("decision", "UPHELD", "reasons", "Le rapport n’est pas achevé."));
    expect(upheld, 200);
    try (PDDocument pdf =
        Loader.loadPDF(api.download(citizen, path + "/letters/head_decision").body())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains(complaint)
          .contains("Le rapport n’est pas achevé.")
          .contains(DATE.format(LocalDate.parse(upheld.text("commissionWindowEnds"))));
      PdfPictures.save(pdf, "letters", "head-decision-fr", 1);
    }
    assertThat(api.get(citizen, path + "/letters/recommendation").status()).isEqualTo(404);
    String cdai =
        api.post(
                citizen,
                path + "/commission-complaints",
                Map.of("grounds", "Un rapport provisoire est une information détenue."))
            .text("reference");
    Caller commission = api.createCommissionMember();
    String complaintPath = "/api/v1/commission-complaints/" + cdai;
    expect(api.post(commission, complaintPath + "/admissibility", Map.of("admissible", true)), 200);
    Reply recommended =
        api.post(
            commission,
            complaintPath + "/recommendation",
            Map.of(
                "recommendation",
                "DISCLOSE",
                "reasons",
                "Un rapport provisoire est une information détenue.",
                "complianceDueDate",
                LocalDate.now().plusDays(20).toString()));
    expect(recommended, 200);
    try (PDDocument pdf =
        Loader.loadPDF(api.download(citizen, path + "/letters/recommendation").body())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Recommandation de la Commission")
          .contains(cdai)
          .contains("Un rapport provisoire est une information détenue.")
          .contains(DATE.format(LocalDate.parse(recommended.text("courtWindowEnds"))));
      PdfPictures.save(pdf, "letters", "recommendation-fr", 1);
    }
    assertThat(api.download(api.registerCitizen(), path + "/letters/recommendation").statusCode())
        .isEqualTo(404);
  }

  @Test
  void anArabicRequestGetsItsReceiptAndDecisionLetterInArabic() throws Exception {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    Map<String, Object> arabic = Api.request(body);
    arabic.put("language", "ar");
    String reference = api.post(citizen, "/api/v1/requests", arabic).text("reference");
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of("resolution", "GRANTED", "message", "تجدون رفقته الميزانية المطلوبة.")),
        200);

    try (PDDocument pdf =
        Loader.loadPDF(
            api.download(citizen, "/api/v1/requests/" + reference + "/letters/receipt").body())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("وصل").contains(reference);
      PdfPictures.save(pdf, "letters", "receipt-ar", 1);
    }
    HttpResponse<byte[]> decision =
        api.download(citizen, "/api/v1/requests/" + reference + "/letters/decision");
    assertThat(decision.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(decision.body())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains(reference)
          .contains("الميزانية")
          .contains("المطلوبة");
      PdfPictures.save(pdf, "letters", "decision-ar", 1);
    }
  }

  /** The text of the first image on the page read as a QR code. */
  private static String qrCode(PDPage page) throws Exception {
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
        BufferedImage picture = image.getImage();
        int[] pixels =
            picture.getRGB(
                0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
        return new QRCodeReader()
            .decode(
                new BinaryBitmap(
                    new HybridBinarizer(
                        new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels))))
            .getText();
      }
    }
    throw new AssertionError("no image on the page");
  }
}
