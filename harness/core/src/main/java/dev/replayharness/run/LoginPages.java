package dev.replayharness.run;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Whether a navigation that landed elsewhere than recorded was sent to a login page: the user was logged in when
 * recorded, and the replay's fresh browser is not. Read from the address alone, as apps name their login pages
 * ({@code /login}, {@code /users/sign_in}, {@code /auth/...}, {@code /sso}) and hand it the page asked for
 * ({@code ?next=/orders/48213}).
 */
final class LoginPages {

    private static final Pattern LOGIN = Pattern.compile(
            "(?i)(^|[/._-])(log-?in|sign-?in|sign_in|signon|sso|auth|authenticate|authorize|session|oauth2?|saml|cas)"
                    + "([/._?#=-]|$)");

    private LoginPages() {
    }

    /**
     * @param wanted    the address the step asked for (on the target)
     * @param recorded  where the recording says the step landed (on the target), or null
     * @param landed    where the replay landed
     * @return true when the replay was sent to a login page the recording did not go to
     */
    static boolean sentToLogin(String wanted, String recorded, String landed) {
        URI to = parse(landed);
        URI asked = parse(wanted);
        if (to == null || asked == null || samePath(to, asked) || recorded != null && samePath(to, parse(recorded))) {
            return false;
        }
        String pathAndQuery = String.valueOf(to.getRawPath()) + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
        if (LOGIN.matcher(pathAndQuery).find()) {
            return true;
        }
        // Sent elsewhere with the page asked for in the query: "come back here once logged in".
        String query = to.getRawQuery() == null ? "" : URLDecoder.decode(to.getRawQuery(), StandardCharsets.UTF_8);
        String askedPath = asked.getRawPath();
        return askedPath != null && askedPath.length() > 1 && query.contains(askedPath);
    }

    private static boolean samePath(URI a, URI b) {
        return b != null && strip(a.getRawPath()).equals(strip(b.getRawPath()));
    }

    private static String strip(String path) {
        String value = path == null || path.isEmpty() ? "/" : path;
        return value.length() > 1 && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static URI parse(String url) {
        try {
            return url == null ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
