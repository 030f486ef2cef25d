package dev.replayharness.dom;

import dev.replayharness.bundle.Recording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectorTest {

    private static PageState contact;

    @BeforeAll
    static void mirror() {
        try (Recording recording = DomMirrorTest.rrweb("site-contact")) {
            DomMirror mirror = DomMirror.of(recording);
            contact = mirror.at(mirror.span(0)[0] + 500, 0);
        }
    }

    @Test
    void tagsIdsClassesAndAttributes() {
        assertThat(contact.query("form#contact-form")).hasSize(1);
        assertThat(contact.query("#contact-send")).singleElement().satisfies(n -> assertThat(n.tagName()).isEqualTo("button"));
        assertThat(contact.query("nav.main-nav a")).hasSize(5);
        assertThat(contact.query("[data-testid=contact-send]")).hasSize(1);
        assertThat(contact.query("input[type=\"radio\"][name='preferred']")).hasSize(2);
        assertThat(contact.query("[required]")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void combinatorsAndNthOfType() {
        assertThat(contact.query("nav > ul > li:nth-of-type(2) > a")).singleElement()
                .satisfies(n -> assertThat(n.attribute("href")).hasValueSatisfying(href -> assertThat(href).endsWith("/catalog/")));
        assertThat(contact.query("body > a")).hasSize(1);
        assertThat(contact.query("form#contact-form > button")).isEmpty();
        assertThat(contact.query("form#contact-form button")).hasSize(1);
        assertThat(contact.query("form > button")).hasSize(2);
    }

    @Test
    void uniquenessIsReported() {
        assertThat(contact.queryUnique("#contact-name")).isPresent();
        assertThat(contact.queryUnique("input")).isEmpty();
    }

    @Test
    void accessibleNamesComeFromLabelsTextAndAttributes() {
        int name = contact.queryUnique("#contact-name").orElseThrow().id();
        int send = contact.queryUnique("#contact-send").orElseThrow().id();
        int search = contact.queryUnique("#site-search").orElseThrow().id();
        int nav = contact.queryUnique("nav.main-nav").orElseThrow().id();

        assertThat(contact.accessibleName(name)).get().satisfies(a -> {
            assertThat(a.role()).isEqualTo("textbox");
            assertThat(a.labels()).isEqualTo("Your name");
            assertThat(a.name()).contains("Your name");
        });
        assertThat(contact.accessibleName(send)).get().satisfies(a -> {
            assertThat(a.role()).isEqualTo("button");
            assertThat(a.name()).contains("Send");
        });
        assertThat(contact.accessibleName(search)).get().satisfies(a -> {
            assertThat(a.role()).isEqualTo("searchbox");
            assertThat(a.placeholder()).isEqualTo("Search products");
            assertThat(a.name()).contains("Search products");
        });
        assertThat(contact.accessibleName(nav)).get().satisfies(a -> {
            assertThat(a.role()).isEqualTo("navigation");
            assertThat(a.ariaLabel()).isEqualTo("Main");
        });
    }

    @Test
    void unsupportedSyntaxIsRefusedWithTheSubsetNamed() {
        assertThatThrownBy(() -> contact.query("a:hover"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported selector syntax at \":hover\"")
                .hasMessageContaining(":nth-of-type(n)");
    }
}
