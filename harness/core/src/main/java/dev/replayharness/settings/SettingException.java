package dev.replayharness.settings;

/** A setting whose value cannot be used, named as the user's door spells it. */
public final class SettingException extends IllegalArgumentException {

    private final Setting setting;

    SettingException(Door door, Setting setting, String problem) {
        super(door.spell(setting.camelName()) + ": " + problem);
        this.setting = setting;
    }

    /** The setting at fault. */
    public Setting setting() {
        return setting;
    }
}
