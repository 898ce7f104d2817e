package cn.hoist.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page every web program shares ({@code templates/hoist/login.html}). */
@Controller
public class LoginController {

    @GetMapping("/login")
    String login() {
        return "hoist/login";
    }
}
