package cn.hoist.console.admin;

import java.lang.reflect.Type;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import de.codecentric.boot.admin.server.config.AdminServerProperties;
import de.codecentric.boot.admin.server.domain.values.Registration;
import de.codecentric.boot.admin.server.web.InstancesController;
import de.codecentric.boot.admin.server.web.client.exception.SsrfProtectionException;

/**
 * Spring Boot Admin checks a registration's addresses against the allowed networks, but lets a host name through
 * that does not resolve — which could resolve anywhere tomorrow. Before a registration is stored, every host of
 * its health, management and service URLs must resolve, and every address it resolves to must be in
 * {@code spring.boot.admin.ssrf-protection.allowed-cidrs}; otherwise it is refused like any address outside them.
 */
@ControllerAdvice(assignableTypes = InstancesController.class)
class RegistrationAddressCheck extends RequestBodyAdviceAdapter {

    private final List<IpAddressMatcher> allowed;
    private final boolean enabled;

    RegistrationAddressCheck(AdminServerProperties properties) {
        this.enabled = properties.getSsrfProtection().isEnabled();
        this.allowed = properties.getSsrfProtection().getAllowedCidrs().stream().map(IpAddressMatcher::new).toList();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return enabled && Registration.class.equals(targetType);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        Registration registration = (Registration) body;
        Stream.of(registration.getHealthUrl(), registration.getManagementUrl(), registration.getServiceUrl())
                .filter(url -> url != null && !url.isBlank())
                .forEach(RegistrationAddressCheck.this::check);
        return body;
    }

    private void check(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            throw new SsrfProtectionException("Not a URL: " + url);
        }
        if (host == null) {
            throw new SsrfProtectionException("No host in " + url);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new SsrfProtectionException("The host of " + url + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (allowed.stream().noneMatch(m -> m.matches(address.getHostAddress()))) {
                throw new SsrfProtectionException(url + " resolves to " + address.getHostAddress()
                        + ", outside the allowed networks");
            }
        }
    }
}
