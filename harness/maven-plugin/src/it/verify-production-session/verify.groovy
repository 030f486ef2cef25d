def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('(setup) @ verify-production-session') : 'the execution with the setup recording ran'
assert log.contains('(storage-state) @ verify-production-session') : 'the execution with the saved state ran'
assert log.count('OK        account-order-deep/posthog — 4/4 steps passed') == 2 : 'logged in both ways, it passes'
assert !log.contains('NEEDS_SESSION')
assert new File(basedir, 'target/ada-ci.json').text.contains('"sid"') : 'the state holds the session cookie'
for (dir in ['target/with-setup', 'target/with-state']) {
    new File(basedir, dir).eachFileRecurse { file ->
        if (file.isFile() && !file.name.endsWith('.png')) {
            assert !file.text.contains('ci-password-1') : "the password is not in ${file}"
        }
    }
}
assert !log.contains('ci-password-1')
true
