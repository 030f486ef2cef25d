def log = new File(basedir, 'build.log').getText('UTF-8')
def reports = new File(basedir, 'target/replay-report')

assert log.contains('OK        events.json') : 'the bundle replayed without regressions'
assert log.contains('1 of 1 bundles replayed without regressions')
assert !new File(reports, 'junit/TEST-replay.xml').text.contains('<failure') : 'JUnit XML without failures'
assert new File(reports, 'report.html').isFile()
true
