// The same project for Gradle users (docs/getting-started.md); `gradle test -Preplay.target=http://...`.
plugins {
    java
}

repositories {
    mavenLocal()
    mavenCentral()
}

dependencies {
    testImplementation(platform("dev.replayharness:replay-bom:0.1.0-SNAPSHOT"))
    testImplementation("dev.replayharness:replay-junit5")
    testImplementation("org.junit.jupiter:junit-jupiter:5.14.1")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
}

java {
    toolchain {
        languageVersion.set(JavaLanguageVersion.of(17))
    }
}

tasks.test {
    useJUnitPlatform()
    systemProperty("replay.target", providers.gradleProperty("replay.target").getOrElse(""))
}
