package dozor.api.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Failures that are nobody's mistake but a lost race answer 409 "retry", not 500. */
class ProblemHandlerTests {

    @RestController
    static class Racing {

        @GetMapping("/deadlock")
        String deadlock() {
            throw new PessimisticLockingFailureException("deadlock detected",
                    new SQLException("ERROR: deadlock detected", "40P01"));
        }

        @GetMapping("/lock-timeout")
        String lockTimeout() {
            throw new CannotAcquireLockException("canceling statement due to lock timeout",
                    new SQLException("ERROR: canceling statement due to lock timeout", "55P03"));
        }

        @GetMapping("/fault")
        String fault() {
            throw new IllegalStateException("a bug of ours");
        }
    }

    final MockMvc mvc;

    ProblemHandlerTests() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        mvc = MockMvcBuilders.standaloneSetup(new Racing()).setControllerAdvice(new ProblemHandler(messages)).build();
    }

    @Test
    void aDeadlockVictimIsAConflictToRetry() throws Exception {
        mvc.perform(get("/deadlock").header("Accept-Language", "ru")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://dozor.by/problems/conflict"))
                .andExpect(jsonPath("$.detail").value("Данные изменились одновременно с вашим запросом; повторите его"));
    }

    @Test
    void aLockTimeoutIsAConflictToRetry() throws Exception {
        mvc.perform(get("/lock-timeout")).andExpect(status().isConflict());
    }

    @Test
    void aFaultOfOursStaysA500() throws Exception {
        mvc.perform(get("/fault")).andExpect(status().isInternalServerError());
    }
}
