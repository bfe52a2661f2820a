package dozor.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.testing.ApiIntegrationTest;
import dozor.testing.Samples;

class SurveyIntegrationTests extends ApiIntegrationTest {

    String closedRequest() {
        var body = Samples.requestBody();
        body.put("serialNumber", "SURVEY-" + System.nanoTime());
        body.put("category", "CONSULTATION");
        String id = as(Role.DISPATCHER).post("/api/v1/requests", body).json().get("id").asString();
        for (String action : new String[] { "TRIAGE", "START", "MARK_READY", "CLOSE" }) {
            assertThat(as(Role.ADMIN).post("/api/v1/requests/" + id + "/transitions", Map.of("action", action))
                    .status()).as(action).isEqualTo(200);
        }
        return id;
    }

    String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void aClosedRequestGetsAOneTimeSurveyWhoseAnswersShowOnTheCard() {
        String id = closedRequest();
        var offered = as(Role.DISPATCHER).get("/api/v1/requests/" + id + "/survey");
        assertThat(offered.status()).isEqualTo(200);
        assertThat(offered.json().get("answeredAt").isNull()).isTrue();

        String url = as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/survey/link", "").json().get("url").asString();
        assertThat(url).contains("/survey/");
        String token = token(url);
        var page = anonymous().get("/api/public/v1/surveys/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("requestNumber").asString()).startsWith("З-");
        assertThat(page.body()).doesNotContain("+375").doesNotContain("Вектор");

        long outbox = count("ops.outbox");
        assertThat(anonymous().post("/api/public/v1/surveys/" + token, Map.of("csat", 7, "nps", 9)).status())
                .isEqualTo(400);
        assertThat(count("ops.outbox")).isEqualTo(outbox);

        var answered = anonymous().post("/api/public/v1/surveys/" + token,
                Map.of("csat", 5, "nps", 9, "comment", "Быстро и вежливо"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(anonymous().post("/api/public/v1/surveys/" + token, Map.of("csat", 1, "nps", 0)).status())
                .as("one time only").isEqualTo(410);

        var card = as(Role.MANAGER).get("/api/v1/requests/" + id + "/survey").json();
        assertThat(card.get("csat").asInt()).isEqualTo(5);
        assertThat(card.get("nps").asInt()).isEqualTo(9);
        assertThat(card.get("comment").asString()).isEqualTo("Быстро и вежливо");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.outbox WHERE aggregate_id = :id AND event_type = 'SurveyAnswered'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        assertThat(as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/survey/link", "").status()).isEqualTo(410);
    }

    @Test
    void aReissuedLinkReplacesTheOldOneAndUnknownLinksAreNotFound() {
        String id = closedRequest();
        String first = token(as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/survey/link", "").json().get("url")
                .asString());
        String second = token(as(Role.DISPATCHER).post("/api/v1/requests/" + id + "/survey/link", "").json().get("url")
                .asString());
        assertThat(anonymous().get("/api/public/v1/surveys/" + first).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/public/v1/surveys/" + second).status()).isEqualTo(200);
        assertThat(anonymous().get("/api/public/v1/surveys/not-a-token-at-all-xxxxxxxx").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/public/v1/surveys/short").status()).isEqualTo(400);
    }

    @Test
    void answersFeedTheSatisfactionFigures() {
        var before = as(Role.MANAGER).get("/api/v1/surveys/stats?days=7").json();
        int[][] answers = { { 5, 10 }, { 4, 8 }, { 2, 3 } };
        for (int[] a : answers) {
            String token = token(as(Role.DISPATCHER).post("/api/v1/requests/" + closedRequest() + "/survey/link", "")
                    .json().get("url").asString());
            assertThat(anonymous().post("/api/public/v1/surveys/" + token, Map.of("csat", a[0], "nps", a[1]))
                    .status()).isEqualTo(200);
        }
        closedRequest(); // offered, not answered

        var after = as(Role.MANAGER).get("/api/v1/surveys/stats?days=7").json();
        assertThat(after.get("sent").asLong() - before.get("sent").asLong()).isEqualTo(4);
        assertThat(after.get("answered").asLong() - before.get("answered").asLong()).isEqualTo(3);
        assertThat(after.get("promoters").asLong() - before.get("promoters").asLong()).isEqualTo(1);
        assertThat(after.get("passives").asLong() - before.get("passives").asLong()).isEqualTo(1);
        assertThat(after.get("detractors").asLong() - before.get("detractors").asLong()).isEqualTo(1);
        long npsAnswers = after.get("promoters").asLong() + after.get("passives").asLong()
                + after.get("detractors").asLong();
        assertThat(after.get("nps").decimalValue()).isEqualByComparingTo(java.math.BigDecimal
                .valueOf(100.0 * (after.get("promoters").asLong() - after.get("detractors").asLong()) / npsAnswers)
                .setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(as(Role.ADMIN).get("/actuator/prometheus").body()).contains("dozor_survey_csat_percent")
                .contains("dozor_survey_nps");
        assertThat(as(Role.MANAGER).get("/api/v1/surveys/stats?days=0").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/v1/surveys/stats").status()).isEqualTo(401);
    }

    @Test
    void satisfactionArithmetic() {
        // CSAT 5, 4, 2 and one unanswered CSAT; NPS 10, 8, 3, 9: two promoters, one passive, one detractor
        Satisfaction s = Satisfaction.of(30, 5, 4, 3, 11, 2, 2, 1, 1);
        assertThat(s.responseRate()).isEqualByComparingTo("80.00");
        assertThat(s.csatAverage()).isEqualByComparingTo("3.67");
        assertThat(s.csatPercent()).isEqualByComparingTo("66.67");
        assertThat(s.nps()).isEqualByComparingTo("25.00");
        Satisfaction none = Satisfaction.of(30, 2, 0, 0, 0, 0, 0, 0, 0);
        assertThat(none.csatAverage()).isNull();
        assertThat(none.nps()).isNull();
        assertThat(none.responseRate()).isEqualByComparingTo("0");
    }
}
