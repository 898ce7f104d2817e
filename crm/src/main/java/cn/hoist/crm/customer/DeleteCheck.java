package cn.hoist.crm.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.hoist.platform.web.ProblemException;
import cn.hoist.platform.web.ProblemTypes;

/**
 * Before a customer is deleted: asks every module that holds references to customers ({@link CustomerReferences}, all
 * implementations Spring knows) and refuses with one conflict naming each blocking reference in the caller's language.
 */
@Component
class DeleteCheck {

    private final List<CustomerReferences> references;
    private final MessageSource messages;

    DeleteCheck(List<CustomerReferences> references, MessageSource messages) {
        this.references = List.copyOf(references);
        this.messages = messages;
    }

    /**
     * Throws a {@code conflict} when anything blocks: its message is one sentence per reference, and its
     * {@code references} member lists them for API clients ({@code key}, {@code count}, {@code message}).
     */
    void check(Customer customer) {
        List<CustomerReferences.Blocking> blocking = references.stream()
                .flatMap(r -> r.blocking(customer.id()).stream()).toList();
        if (blocking.isEmpty()) {
            return;
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> listed = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (CustomerReferences.Blocking b : blocking) {
            String sentence = messages.getMessage(b.messageKey(), new Object[] {b.count()}, locale);
            sentences.add(sentence);
            listed.add(Map.of("key", b.messageKey(), "count", b.count(), "message", sentence));
        }
        throw new ProblemException(ProblemTypes.CONFLICT, HttpStatus.CONFLICT, "customer.deleteBlocked",
                Map.of("references", listed), customer.name(),
                String.join(messages.getMessage("customer.deleteBlocked.separator", null, locale), sentences));
    }
}
