package dozor.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.outbox.Outbox;
import dozor.events.requests.RequestStatusChanged;
import dozor.events.requests.SurveyAnswered;
import dozor.shared.Ids;
import dozor.survey.internal.SurveyStore;

/**
 * Customer satisfaction: when a request is closed it gets a one-time survey link (CSAT 1–5, NPS 0–10, comment).
 * Only a hash of the link's token is stored; the link itself is shown to staff once, right after closing, and can
 * be issued anew (which invalidates the old one) as long as nobody answered.
 */
@Service
public class Surveys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyStore store;

    private final Outbox outbox;

    private final Clock clock;

    private final Duration validity;

    private final String publicUrl;

    Surveys(SurveyStore store, Outbox outbox, Clock clock,
            @Value("${dozor.survey.validity:P30D}") Duration validity,
            @Value("${dozor.survey.public-url:${dozor.notifications.public-url:http://localhost:8080}}") String publicUrl) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.validity = validity;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Offers the survey when a request is closed (in the closing transaction). */
    @EventListener
    void on(RequestStatusChanged event) {
        if ("CLOSED".equals(event.toStatus()) && store.find(event.requestId()).isEmpty()) {
            offer(event.requestId());
        }
    }

    /** Issues a fresh link for a request that has not been answered; returns the full URL. */
    @Transactional
    public String offer(UUID requestId) {
        Optional<SurveyView> existing = store.find(requestId);
        if (existing.isPresent() && existing.get().answeredAt() != null) {
            throw new SurveyException("Опрос по этой заявке уже пройден", true);
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        store.upsert(requestId, hash(token), now, now.plus(validity));
        return link(token);
    }

    public String link(String token) {
        return publicUrl + "/survey/" + token;
    }

    @Transactional(readOnly = true)
    public Optional<SurveyView> ofRequest(UUID requestId) {
        return store.find(requestId);
    }

    /** Whether a link may still be answered, and for which request. */
    @Transactional(readOnly = true)
    public SurveyView open(String token) {
        SurveyView survey = store.findByTokenHash(hash(token))
                .orElseThrow(() -> new SurveyException("Ссылка на опрос не найдена", false));
        if (survey.answeredAt() != null) {
            throw new SurveyException("Спасибо, вы уже ответили на этот опрос", true);
        }
        if (clock.instant().isAfter(survey.expiresAt())) {
            throw new SurveyException("Срок действия ссылки истёк", true);
        }
        return survey;
    }

    /** Records the answers once; a second answer through the same link is refused. */
    @Transactional
    public SurveyView answer(String token, int csat, int nps, String comment) {
        SurveyView survey = open(token);
        Instant now = clock.instant();
        if (!store.answer(survey.requestId(), hash(token), csat, nps, comment, now)) {
            throw new SurveyException("Спасибо, вы уже ответили на этот опрос", true);
        }
        outbox.append(new SurveyAnswered(Ids.newId(), now, SurveyAnswered.CURRENT_VERSION, survey.requestId(), csat,
                nps));
        return store.find(survey.requestId()).orElseThrow();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
