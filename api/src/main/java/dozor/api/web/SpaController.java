package dozor.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Client-side routes of the web UI all load the same page; the Vue router takes it from there. */
@Controller
class SpaController {

    @GetMapping({ "/login", "/requests", "/requests/**", "/tasks", "/tasks/**", "/figures", "/settings",
            "/settings/**", "/survey/*", "/stock", "/stock/**",
            "/logistics", "/logistics/**", "/procurement", "/procurement/**" })
    String app() {
        return "forward:/index.html";
    }
}
