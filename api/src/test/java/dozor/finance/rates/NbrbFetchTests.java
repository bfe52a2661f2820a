package dozor.finance.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.sun.net.httpserver.HttpServer;

/** The bank's answer, served by a local stand-in, is imported as it is; a failed fetch imports nothing. */
class NbrbFetchTests {

    HttpServer server;

    String serve(int status, String body) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/exrates/rates", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/exrates/rates?periodicity=0";
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void importsTheBanksListWithSourceNbrb() throws Exception {
        ExchangeRates rates = mock(ExchangeRates.class);
        when(rates.importRates(any(), eq("NBRB"))).thenReturn(List.of());
        String url = serve(200, """
                [{"Cur_ID":431,"Date":"2026-11-26T00:00:00","Cur_Abbreviation":"USD","Cur_Scale":1,
                  "Cur_Name":"Доллар США","Cur_OfficialRate":3.2518},
                 {"Cur_ID":456,"Date":"2026-11-26T00:00:00","Cur_Abbreviation":"RUB","Cur_Scale":100,
                  "Cur_Name":"Российских рублей","Cur_OfficialRate":3.9874}]""");

        new NbrbFetch(rates, url).fetch();

        ArgumentCaptor<List<NbrbRate>> captor = ArgumentCaptor.forClass(List.class);
        verify(rates).importRates(captor.capture(), eq("NBRB"));
        assertThat(captor.getValue()).containsExactly(
                new NbrbRate("USD", 1, new BigDecimal("3.2518"), "2026-11-26T00:00:00"),
                new NbrbRate("RUB", 100, new BigDecimal("3.9874"), "2026-11-26T00:00:00"));
    }

    @Test
    void aFailedFetchImportsNothing() throws Exception {
        ExchangeRates rates = mock(ExchangeRates.class);
        assertThat(new NbrbFetch(rates, serve(503, "{}")).fetch()).isEmpty();
        stop();
        assertThat(new NbrbFetch(rates, serve(200, "<html>not json</html>")).fetch()).isEmpty();
        verify(rates, never()).importRates(any(), any());
    }
}
