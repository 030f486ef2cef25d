// The build failed (invoker.properties); it must have failed for the divergence, with the reports written.
def log = new File(basedir, 'build.log').getText('UTF-8')
def reports = new File(basedir, 'target/replay-report')

assert log.contains('DIVERGED  events.json') : 'the bundle line names the divergence'
assert log.contains('replay: 1 of 1 bundles diverged:') : 'the failure says how many bundles diverged'
assert log =~ /events\.json: step 1: open \S+: VISUAL_CHANGED — expected at most 1\.5% of pixels/ :
        'the failure names bundle, step, kind and expected vs actual'
assert log.contains('MojoFailureException') : 'a divergence is a failure, not an execution error'
assert new File(reports, 'junit/TEST-replay.xml').text.contains('<failure') : 'JUnit XML with the failure'
assert new File(reports, 'report.html').length() > 0 : 'the HTML report'
assert new File(reports, 'allure-results').list().length > 0 : 'Allure results'
true
