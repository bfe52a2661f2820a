package dozor.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class ContentDispositionsTests {

    @Test
    void givesBrowsersTheExactNameAsRfc5987AndOthersATransliteration() {
        String header = ContentDispositions.of("Акт №5 (Щёлково).pdf", false);

        assertThat(header).isEqualTo("attachment; filename=\"Akt N5 (Shchelkovo).pdf\"; "
                + "filename*=UTF-8''%D0%90%D0%BA%D1%82%20%E2%84%965%20"
                + "%28%D0%A9%D1%91%D0%BB%D0%BA%D0%BE%D0%B2%D0%BE%29.pdf");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Акт №5 (Щёлково).pdf");
    }

    @Test
    void neverLetsAQuoteBackslashOrPercentBreakTheHeader() {
        String header = ContentDispositions.of("a\"b\\c%41;d.txt", true);
        assertThat(header).startsWith("inline; filename=\"a_b_c_41;d.txt\"; filename*=UTF-8''a%22b%5Cc%2541%3Bd.txt");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("a\"b\\c%41;d.txt");
    }

    @Test
    void encodesEveryByteOutsideTheRfc5987AttributeCharacters() {
        String encoded = ContentDispositions.rfc5987("ў і'*() ä😀.txt");
        assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("ў і'*() ä😀.txt");
        assertThat(ContentDispositions.asciiFallback("ў і ä😀.txt")).isEqualTo("u i a__.txt");
    }
}
