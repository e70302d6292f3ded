package ma.accesinfo.infrastructure.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import ma.accesinfo.domain.model.document.DocumentInspector.Converted;
import ma.accesinfo.domain.model.document.DocumentType;
import ma.accesinfo.domain.model.document.Finding;
import ma.accesinfo.domain.model.document.FindingKind;
import ma.accesinfo.domain.model.document.Inspection;
import ma.accesinfo.domain.model.document.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

class ReleaseGateTest {

  private final ReleaseGate gate = new ReleaseGate();

  @Test
  void shouldFindTheHiddenSheetAndThePersonalDataOnIt() {
    Inspection inspection = gate.inspect("budget.xlsx", SampleDocuments.spreadsheet(true));

    assertThat(inspection.type()).isEqualTo(DocumentType.XLSX);
    assertThat(inspection.findings())
        .extracting(Finding::kind, Finding::location)
        .contains(
            org.assertj.core.groups.Tuple.tuple(FindingKind.HIDDEN_SHEET, "Personnel"),
            org.assertj.core.groups.Tuple.tuple(FindingKind.PERSONAL_DATA, "Personnel"));
    assertThat(inspection.findings().toString()).doesNotContain("BE812345");
  }

  @Test
  void shouldLetACleanSpreadsheetThrough() {
    assertThat(gate.inspect("budget.xlsx", SampleDocuments.spreadsheet(false)).findings())
        .isEmpty();
  }

  @Test
  void shouldFindTheAuthorOfAWordDocument() {
    Inspection inspection =
        gate.inspect("rapport.docx", SampleDocuments.wordDocument("Karim Benali"));

    assertThat(inspection.type()).isEqualTo(DocumentType.DOCX);
    assertThat(inspection.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.DOCUMENT_PROPERTY);
              assertThat(f.location()).isEqualTo("creator");
              assertThat(f.detail()).isEqualTo("Ka********li");
            });
    assertThat(gate.inspect("rapport.docx", SampleDocuments.wordDocument(null)).findings())
        .isEmpty();
  }

  @Test
  void shouldFindTextUnderABlackBox() {
    Inspection inspection = gate.inspect("note.pdf", SampleDocuments.pdf(true));

    assertThat(inspection.type()).isEqualTo(DocumentType.PDF);
    assertThat(inspection.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.TEXT_UNDER_BOX);
              assertThat(f.location()).isEqualTo("page 1");
              assertThat(f.detail()).contains("Informateur");
            });
    assertThat(gate.inspect("note.pdf", SampleDocuments.pdf(false)).findings()).isEmpty();
  }

  @Test
  void shouldFindEachPatternOfPersonalDataInText() {
    String text =
        "CIN AB123456, tél. 06 61 23 45 67, courriel karim@example.ma,\n"
            + "RIB 011 780 0000123456789012 34, IBAN MA64 0117 8000 0012 3456 7890 1234\n"
            + "référence DEM-2026-000123, montant 1250000";

    List<Finding> findings =
        gate.inspect("liste.csv", text.getBytes(StandardCharsets.UTF_8)).findings();

    assertThat(findings)
        .extracting(Finding::detail)
        .anySatisfy(d -> assertThat(d).startsWith("CIN ×1"))
        .anySatisfy(d -> assertThat(d).startsWith("PHONE ×1"))
        .anySatisfy(d -> assertThat(d).startsWith("EMAIL ×1"))
        .anySatisfy(d -> assertThat(d).startsWith("RIB ×1"))
        .anySatisfy(d -> assertThat(d).startsWith("IBAN ×1"))
        .hasSize(5);
  }

  @Test
  void shouldRecogniseTheContentWhateverTheName() {
    assertThatThrownBy(
            () ->
                gate.inspect(
                    "budget.xlsx",
                    "MZ\u0090\u0000 not a sheet".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(UnreadableDocumentException.class)
        .extracting(e -> ((UnreadableDocumentException) e).code())
        .isIn("unsupportedType", "damaged");
    assertThatThrownBy(
            () ->
                gate.inspect(
                    "page.txt",
                    "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableDocumentException.class);
    assertThatThrownBy(() -> gate.inspect("liste.csv", new byte[] {'a', (byte) 0xC3, ',', 'b'}))
        .isInstanceOf(UnreadableDocumentException.class)
        .extracting(e -> ((UnreadableDocumentException) e).code())
        .isEqualTo("notUtf8");
    assertThat(gate.inspect("budget.pdf", SampleDocuments.spreadsheet(false)).type())
        .isEqualTo(DocumentType.XLSX);
  }

  @Test
  void shouldConvertOnlyTheVisibleSheetsToCsv() {
    List<Converted> files = gate.toCsv("budget.xlsx", SampleDocuments.spreadsheet(true));

    assertThat(files)
        .singleElement()
        .satisfies(f -> assertThat(f.fileName()).isEqualTo("budget.csv"));
    String csv = new String(files.get(0).content(), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFFProgramme,Montant\r\n")
        .contains("Routes rurales,1250000\r\n")
        .contains("\"'=Écoles, \"\"primaires\"\"\",830000")
        .doesNotContain("Karim");
    assertThat(gate.inspect("budget.csv", files.get(0).content()).findings()).isEmpty();
  }
}
