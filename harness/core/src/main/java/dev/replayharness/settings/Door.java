package dev.replayharness.settings;

/** A way in: how a setting is spelled there, so messages use the words the user typed. */
public enum Door {
    /** {@code replay verify --max-visual-diff 0.02} */
    CLI,
    /** {@code mvn replay:verify -Dreplay.maxVisualDiff=0.02}, or {@code <maxVisualDiff>} in the POM */
    MAVEN,
    /** {@code @ReplayTest(maxVisualDiff = 0.02)}, or {@code -Dreplay.maxVisualDiff=0.02} over it */
    JUNIT;

    /** The setting's name as this door spells it. */
    public String spell(String camelName) {
        return switch (this) {
            case CLI -> "--" + Setting.kebab(camelName);
            case MAVEN -> "replay." + camelName;
            case JUNIT -> "@ReplayTest(" + camelName + ") / -Dreplay." + camelName;
        };
    }
}
