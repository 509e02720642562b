package org.mpaka.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.Ids;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** The same storage tests on H2 ({@link RepositoryH2IT}) and PostgreSQL ({@link RepositoryPostgresIT}). */
abstract class RepositoryContract {

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    javax.sql.DataSource dataSource;

    /** The database product these tests must run on. */
    abstract String expectedDatabase();

    @Test
    void runsOnTheExpectedDatabase() throws Exception {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    @Test
    void migrationsLoadTheReferenceData() {
        assertThat(referenceData.countries()).hasSizeGreaterThanOrEqualTo(249 + 25);
        assertThat(referenceData.findCountry("COD"))
                .get()
                .satisfies(c -> assertThat(c.nameFr()).contains("Congo"));
        assertThat(referenceData.findCountry("XXA"))
                .get()
                .satisfies(c -> assertThat(c.kind()).isEqualTo("ICAO_SPECIAL"));
        assertThat(referenceData.findCountry("D")).isPresent();
        assertThat(referenceData.agencies()).extracting(a -> a.code()).contains("DGIE", "DGM");
        var rusizi = referenceData.findPost("RUSIZI2").orElseThrow();
        assertThat(rusizi.type()).isEqualTo("LAND_OSBP");
        assertThat(rusizi.sides()).extracting(s -> s.agencyCode()).containsExactlyInAnyOrder("DGIE", "DGM");
        assertThat(rusizi.counters()).isNotEmpty();
        assertThat(referenceData.findPost("KGL").orElseThrow().type()).isEqualTo("AIRPORT");
    }

    @Test
    void countriesAreExactlyTheCodesTheMrzReaderKnows() {
        var stored = referenceData.countries().stream().map(c -> c.code()).collect(java.util.stream.Collectors.toSet());
        var icao = org.mpaka.mrz.IcaoCodes.all().stream()
                .filter(c -> c.kind() != org.mpaka.mrz.IcaoCodes.Kind.SPECIMEN)
                .map(c -> c.code())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(stored).isEqualTo(icao);
    }

    @Test
    void storesAnAccountWithAUuidV7OriginSiteAndUtcTimes() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UserAccount created = TestAccounts.create(accounts, "DGM", Role.OFFICER, Role.SUPERVISOR);
        UserAccount admin = TestAccounts.create(accounts, "DGM", Role.ADMIN);
        UserAccount read = accounts.get(created.id(), admin.principal(), null);
        assertThat(read.id().version()).isEqualTo(7);
        assertThat(Ids.timestampOf(read.id())).isGreaterThanOrEqualTo(before.toEpochMilli());
        assertThat(read.originSite()).isEqualTo("TEST");
        assertThat(read.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.SUPERVISOR);
        assertThat(read.postCodes()).containsExactly("RUSIZI2");
        assertThat(read.createdAt())
                .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(accounts.list(admin.principal())).extracting(UserAccount::id).contains(created.id());
    }

    @Test
    void refusesADuplicateUsername() {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        NewUser request =
                new NewUser("dup." + System.nanoTime(), "A", "DGIE", EnumSet.of(Role.OFFICER), Set.of(), null);
        CreatedUser first = accounts.create(request, admin.principal(), null);
        assertThat(first.generatedPassword()).hasSizeGreaterThanOrEqualTo(16);
        assertThatThrownBy(() -> accounts.create(request, admin.principal(), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("username"));
    }

    @Test
    void storesTokensHashedAndAuthenticatesThem() {
        UserAccount admin = TestAccounts.create(accounts, "DGIE", Role.ADMIN);
        CreatedToken token = tokens.create("egate-1", EnumSet.of(Role.OFFICER), null, admin.principal(), null);
        assertThat(tokens.authenticate(token.secret())).get().satisfies(p -> {
            assertThat(p.machine()).isTrue();
            assertThat(p.agencyCode()).isEqualTo("DGIE");
        });
        assertThat(tokens.authenticate(token.secret() + "x")).isEmpty();
        tokens.revoke(token.token().id(), admin.principal(), null);
        assertThat(tokens.authenticate(token.secret())).isEmpty();
    }
}
