def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /\[INFO\]   step 1: open \S+ — done/ : 'each step is logged as it runs'
assert log =~ /\[INFO\]   step 2: click .* — done via / : 'with the selector that found its target'
assert !log.contains('first failing step') && !log.contains('first divergence') : 'nothing diverged on the build it was recorded on'
def report = new File(basedir, 'target/replay-report/report.html')
assert log.contains('HTML report: ' + report.canonicalPath) : 'the report path is logged'
assert report.isFile()
true
