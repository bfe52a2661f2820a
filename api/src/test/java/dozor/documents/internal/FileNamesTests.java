package dozor.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void keepsAnOrdinaryCyrillicName() {
        assertThat(FileNames.clean("Акт выполненных работ №5.pdf")).isEqualTo("Акт выполненных работ №5.pdf");
    }

    @Test
    void dropsFoldersControlCharactersAndDirectionOverrides() {
        assertThat(FileNames.clean("C:\\fakepath\\счёт.pdf")).isEqualTo("счёт.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("акт\r\n\u0000.pdf")).isEqualTo("акт.pdf");
        // "invoice‮fdp.exe" shows as "invoiceexe.pdf" in a right-to-left-aware file manager.
        assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.clean(" .hidden. ")).isEqualTo("hidden");
    }

    @Test
    void fallsBackToAPlainNameWhenNothingIsLeft() {
        assertThat(FileNames.clean(null)).isEqualTo("document");
        assertThat(FileNames.clean("..")).isEqualTo("document");
        assertThat(FileNames.clean("C:\\folder\\")).isEqualTo("document");
    }

    @Test
    void composesDecomposedLettersAsMacOsSendsThem() {
        String decomposed = Normalizer.normalize("Отчёт й.pdf", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Отчёт й.pdf");
        assertThat(FileNames.clean(decomposed)).isEqualTo("Отчёт й.pdf");
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String cleaned = FileNames.clean("я".repeat(300) + ".xlsx");
        assertThat(cleaned).hasSize(255).endsWith("я.xlsx");
    }

    @Test
    void downloadsUnderTheExtensionOfTheRealType() {
        assertThat(FileNames.forDownload("scan.pdf", DocumentType.PNG)).isEqualTo("scan.png");
        assertThat(FileNames.forDownload("photo.JPEG", DocumentType.JPEG)).isEqualTo("photo.JPEG");
        assertThat(FileNames.forDownload("run.bat", DocumentType.TEXT)).isEqualTo("run.txt");
        assertThat(FileNames.forDownload("README", DocumentType.TEXT)).isEqualTo("README.txt");
        assertThat(FileNames.forDownload("акт.2026.docx", DocumentType.DOCX)).isEqualTo("акт.2026.docx");
    }
}
