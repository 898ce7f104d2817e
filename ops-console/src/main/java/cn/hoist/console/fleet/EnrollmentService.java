package cn.hoist.console.fleet;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.console.ConsoleProperties;
import cn.hoist.console.fleet.internal.AgentRepository;
import cn.hoist.console.fleet.internal.EnrollmentCodeRepository;
import cn.hoist.console.fleet.internal.Secrets;
import cn.hoist.console.fleet.internal.ShopRepository;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.ProblemException;
import cn.hoist.platform.web.ProblemTypes;

/** One-time enrollment codes, and their exchange for an agent's own credential. */
@Service
public class EnrollmentService {

    private static final Logger log = LoggerFactory.getLogger(EnrollmentService.class);

    private final ShopRepository shops;
    private final AgentRepository agents;
    private final EnrollmentCodeRepository codes;
    private final ConsoleProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrollmentService(ShopRepository shops, AgentRepository agents, EnrollmentCodeRepository codes,
            ConsoleProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.shops = shops;
        this.agents = agents;
        this.codes = codes;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** A new code for the shop, valid for the given time (the configured default when null). */
    @Transactional
    public IssuedCode issueCode(UUID shopId, Duration validity, String createdBy) {
        shops.find(shopId).orElseThrow(() -> ProblemException.notFound("shop.notFound", shopId));
        Duration valid = validity == null ? properties.enrollmentCodeValidity() : validity;
        if (valid.isNegative() || valid.isZero() || valid.compareTo(ConsoleProperties.MAX_ENROLLMENT_CODE_VALIDITY) > 0) {
            throw ProblemException.invalid("enrollment.validityTooLong", ConsoleProperties.MAX_ENROLLMENT_CODE_VALIDITY);
        }
        String code = Secrets.newEnrollmentCode();
        OffsetDateTime now = Timestamps.now(clock);
        OffsetDateTime expiresAt = now.plus(valid);
        codes.insert(shopId, Secrets.sha256(Secrets.normalizeCode(code)), createdBy, now, expiresAt);
        log.info("Enrollment code issued for shop {} by {}, valid until {}", shopId, createdBy, expiresAt);
        return new IssuedCode(shopId, code, expiresAt);
    }

    /** Exchanges a valid, unused code for a new agent and its credential. */
    @Transactional
    public EnrolledAgent enroll(String code, AgentInfo info) {
        UUID agentId = UUID.randomUUID();
        OffsetDateTime now = Timestamps.now(clock);
        UUID shopId = codes.redeem(Secrets.sha256(Secrets.normalizeCode(code)), agentId, now)
                .orElseThrow(() -> new ProblemException(ProblemTypes.of("enrollment-code-rejected"),
                        HttpStatus.BAD_REQUEST, "enrollment.invalidCode"));
        String credential = agentId + "." + Secrets.newCredentialSecret();
        agents.insert(agentId, shopId, Secrets.sha256(credential), info, now);
        Shop shop = shops.find(shopId).orElseThrow();
        events.publishEvent(new AgentEnrolled(agentId, shopId, now));
        log.info("Agent {} on host {} enrolled for shop {}", agentId, info.hostname(), shopId);
        return new EnrolledAgent(agentId, shopId, shop.name(), credential);
    }
}
