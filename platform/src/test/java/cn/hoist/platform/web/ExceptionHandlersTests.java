package cn.hoist.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A lock timeout (another user's change held the data) is a 409 the user can act on, on the API and the pages. */
class ExceptionHandlersTests {

    private static final String BUSY = "Someone else was changing the same data; nothing was saved. Try again in a moment.";

    private final Problems problems = new Problems(ProblemsTests.messages(), LocaleConfiguration.localeResolver());
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Api(), new Pages())
            .setControllerAdvice(new ApiExceptionHandler(problems), new PageExceptionHandler(problems))
            .setLocaleResolver(LocaleConfiguration.localeResolver()).build();

    @Test
    void aLockTimeoutOnTheApiIsAConflictToRetry() throws Exception {
        mvc.perform(get("/api/busy").locale(Locale.ENGLISH).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(ProblemTypes.CONFLICT.toString()))
                .andExpect(jsonPath("$.detail").value(BUSY));
    }

    @Test
    void aLockTimeoutOnAPageShowsTheErrorPageWithTheSameMessage() throws Exception {
        mvc.perform(get("/busy").locale(Locale.ENGLISH).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("message", BUSY));
    }

    @RestController
    static class Api {
        @GetMapping("/api/busy")
        String busy() {
            throw new CannotAcquireLockException("Timeout trying to lock table CUSTOMER");
        }
    }

    @Controller
    static class Pages {
        @GetMapping("/busy")
        String busy() {
            throw new CannotAcquireLockException("Timeout trying to lock table CUSTOMER");
        }
    }
}
