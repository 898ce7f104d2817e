package cn.hoist.crm.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.hoist.platform.web.PageTimes;

/** The start page: the shop's day, section by section, with the search box on top. */
@Controller
class HomeController {

    private final List<HomeSection> sections;
    private final PageTimes times;

    HomeController(List<HomeSection> sections, PageTimes times) {
        this.sections = sections;
        this.times = times;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = times.today();
        Map<HomeSection.Slot, List<HomeSection.Item>> day = new LinkedHashMap<>();
        for (HomeSection.Slot slot : HomeSection.Slot.values()) {
            day.put(slot, new ArrayList<>());
        }
        for (HomeSection section : sections) {
            day.get(section.slot()).addAll(section.items(today));
        }
        model.addAttribute("today", today);
        model.addAttribute("day", day);
        return "home";
    }
}
