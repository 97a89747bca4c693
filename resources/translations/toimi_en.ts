<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>{name}, version {version}</source>
        <translation>{name}, version {version}</translation>
    </message>
    <message>
        <source>Trainee: {name}</source>
        <translation>Trainee: {name}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Own</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>New assessment (Ctrl+Shift+A)</source>
        <translation>New assessment (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Trainee's own scores (dashed)</source>
        <translation>Trainee's own scores (dashed)</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>No assessments yet.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Work coaches write assessments.</source>
        <translation>Work coaches write assessments.</translation>
    </message>
    <message>
        <source>Change from the first to the latest ({n} assessments)</source>
        <translation>Change from the first to the latest ({n} assessments)</translation>
    </message>
</context>
<context>
    <name>AssessmentsSection</name>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Assessments are personal data. Steering groups follow progress through reports of aggregate figures.</source>
        <translation>Assessments are personal data. Steering groups follow progress through reports of aggregate figures.</translation>
    </message>
    <message>
        <source>Assessments are written on the trainee's page: open the trainee and choose the Assessments tab.</source>
        <translation>Assessments are written on the trainee's page: open the trainee and choose the Assessments tab.</translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation>Assessments due</translation>
    </message>
    <message>
        <source>Assessment templates</source>
        <translation>Assessment templates</translation>
    </message>
</context>
<context>
    <name>AttendanceCalendar</name>
    <message>
        <source>no days due yet</source>
        <translation>no days due yet</translation>
    </message>
    <message>
        <source>{rate} ({attended} of {due} days), {hours} h</source>
        <translation>{rate} ({attended} of {due} days), {hours} h</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Attended days of the days due in the month; days the service was not held are not due.</source>
        <translation>Attended days of the days due in the month; days the service was not held are not due.</translation>
    </message>
    <message>
        <source>Month: {rate}</source>
        <translation>Month: {rate}</translation>
    </message>
    <message>
        <source>Period: {rate}</source>
        <translation>Period: {rate}</translation>
    </message>
    <message>
        <source>Attended days of the days due since the period began on {start}; days the service was not held are not due.</source>
        <translation>Attended days of the days due since the period began on {start}; days the service was not held are not due.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialogs</name>
    <message>
        <source>Unsaved attendance</source>
        <translation>Unsaved attendance</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s) have not been saved.</source>
        <translation>
            <numerusform>%n attendance mark have not been saved.</numerusform>
            <numerusform>%n attendance marks have not been saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Save them before you go on?</translation>
    </message>
    <message>
        <source>The allowance of {month} has already been approved. Changing its attendance needs a reason, which is logged.</source>
        <translation>The allowance of {month} has already been approved. Changing its attendance needs a reason, which is logged.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>e.g. a doctor's certificate arrived later</source>
        <translation>e.g. a doctor's certificate arrived later</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Only {environment}</source>
        <translation>Only {environment}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Report ready</translation>
    </message>
    <message>
        <source>The report was saved to
{path}</source>
        <translation>The report was saved to
{path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>There are no coaching environments in your municipalities.</source>
        <translation>There are no coaching environments in your municipalities.</translation>
    </message>
    <message>
        <source>Attendance is recorded per coaching environment. The environments come from the central server.</source>
        <translation>Attendance is recorded per coaching environment. The environments come from the central server.</translation>
    </message>
    <message>
        <source>Attendance records are personal data. Steering groups follow attendance through reports of aggregate figures, which do not identify anyone.</source>
        <translation>Attendance records are personal data. Steering groups follow attendance through reports of aggregate figures, which do not identify anyone.</translation>
    </message>
    <message>
        <source>Attendance is recorded by work coaches, career agents and coordinators.</source>
        <translation>Attendance is recorded by work coaches, career agents and coordinators.</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>All remaining present</source>
        <translation>All remaining present</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Previous day (Alt+Left)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Next day (Alt+Right)</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Previous week (Alt+Left)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Next week (Alt+Right)</translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>Previous month (Alt+Left)</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>Next month (Alt+Right)</translation>
    </message>
    <message>
        <source>Week {week} · {environment}</source>
        <translation>Week {week} · {environment}</translation>
    </message>
    <message>
        <source>The allowance of {month} has been approved: a change needs a reason, which is logged.</source>
        <translation>The allowance of {month} has been approved: a change needs a reason, which is logged.</translation>
    </message>
    <message>
        <source>This day is still ahead: attendance can be recorded up to today.</source>
        <translation>This day is still ahead: attendance can be recorded up to today.</translation>
    </message>
    <message>
        <source>Public holiday: {name}. The service is not held; mark E (service not held) where needed.</source>
        <translation>Public holiday: {name}. The service is not held; mark E (service not held) where needed.</translation>
    </message>
    <message>
        <source>{environment} is closed on this day: {reason}. Mark E (service not held) where needed.</source>
        <translation>{environment} is closed on this day: {reason}. Mark E (service not held) where needed.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>{environment} does not work on this weekday ({weekday}). Mark E (service not held) where needed.</source>
        <translation>{environment} does not work on this weekday ({weekday}). Mark E (service not held) where needed.</translation>
    </message>
    <message>
        <source>Week {week}</source>
        <translation>Week {week}</translation>
    </message>
    <message>
        <source>{environment} · double-click a day to open it</source>
        <translation>{environment} · double-click a day to open it</translation>
    </message>
</context>
<context>
    <name>CatalogueSection</name>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Task catalogue</source>
        <translation>Task catalogue</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Service packages</source>
        <translation>Service packages</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environments</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>All environments</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Own, latest</source>
        <translation>Own, latest</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <source>Close the coaching period</source>
        <translation>Close the coaching period</translation>
    </message>
    <message>
        <source>{environment}, {kind}, started {start}</source>
        <translation>{environment}, {kind}, started {start}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>Close period</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClosedDaysDialog</name>
    <message>
        <source>Closed days</source>
        <translation>Closed days</translation>
    </message>
    <message>
        <source>e.g. Summer break, staff training</source>
        <translation>e.g. Summer break, staff training</translation>
    </message>
    <message>
        <source>Close these days</source>
        <translation>Close these days</translation>
    </message>
    <message>
        <source>Open the chosen day</source>
        <translation>Open the chosen day</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Coming closed days (public holidays are known without listing them):</source>
        <translation>Coming closed days (public holidays are known without listing them):</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) closed.</source>
        <translation>
            <numerusform>%n day closed.</numerusform>
            <numerusform>%n days closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} is an opening day again.</source>
        <translation>{day} is an opening day again.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Text edited on two devices</source>
        <translation>Text edited on two devices</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>Use this version</translation>
    </message>
    <message>
        <source>Use both</source>
        <translation>Use both</translation>
    </message>
    <message>
        <source>Now in the record</source>
        <translation>Now in the record</translation>
    </message>
    <message>
        <source>The other version, by {name}</source>
        <translation>The other version, by {name}</translation>
    </message>
    <message>
        <source>Keep this text:</source>
        <translation>Keep this text:</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation>Suitability</translation>
    </message>
    <message>
        <source>Level descriptions</source>
        <translation>Level descriptions</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Not used</translation>
    </message>
    <message>
        <source>Skill demand</source>
        <translation>Skill demand</translation>
    </message>
    <message>
        <source>Work-ability demand</source>
        <translation>Work-ability demand</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Work task</source>
        <translation>Work task</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>The planned hours of the period</source>
        <translation>The planned hours of the period</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>No trainee has a coaching period here on this day.</source>
        <translation>No trainee has a coaching period here on this day.</translation>
    </message>
    <message>
        <source>All remaining present</source>
        <translation>All remaining present</translation>
    </message>
    <message>
        <source>Mark every trainee without a mark present (Ctrl+Shift+P)</source>
        <translation>Mark every trainee without a mark present (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Save the changed rows (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n row(s).</source>
        <translation>
            <numerusform>Saved: %n row.</numerusform>
            <numerusform>Saved: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark the attendance first: a letter key or Space.</source>
        <translation>Mark the attendance first: a letter key or Space.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n row(s) need attention (in red).</source>
        <translation>
            <numerusform>Nothing was saved: %n row need attention (in red).</numerusform>
            <numerusform>Nothing was saved: %n rows need attention (in red).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Enter or double-click opens the trainee</source>
        <translation>Enter or double-click opens the trainee</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan review: {path}</source>
        <translation>Plan review: {path}</translation>
    </message>
    <message>
        <source>The period ends: no continuation plan yet</source>
        <translation>The period ends: no continuation plan yet</translation>
    </message>
    <message>
        <source>No assessment since the period began</source>
        <translation>No assessment since the period began</translation>
    </message>
    <message>
        <source>Last assessed {day}</source>
        <translation>Last assessed {day}</translation>
    </message>
    <message>
        <source>Left on {day}: record the 6-month result</source>
        <translation>Left on {day}: record the 6-month result</translation>
    </message>
</context>
<context>
    <name>EnvironmentDialog</name>
    <message>
        <source>Edit coaching environment</source>
        <translation>Edit coaching environment</translation>
    </message>
    <message>
        <source>New coaching environment</source>
        <translation>New coaching environment</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Add site</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Remove site</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Open on</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <source>New environment…</source>
        <translation>New environment…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Closed days…</source>
        <translation>Closed days…</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Coming closed days</source>
        <translation>Coming closed days</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvironmentTableModel</name>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <source>Tasks in use</source>
        <translation>Tasks in use</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Open orders</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Record an evaluation</source>
        <translation>Record an evaluation</translation>
    </message>
    <message>
        <source>Task: {name}</source>
        <translation>Task: {name}</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
    <message>
        <source>What went well, what needed support</source>
        <translation>What went well, what needed support</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Trainee's level</source>
        <translation>Trainee's level</translation>
    </message>
    <message>
        <source>The trainee's level on the task's scale: 1 simple routine work … 3 demanding work.</source>
        <translation>The trainee's level on the task's scale: 1 simple routine work … 3 demanding work.</translation>
    </message>
    <message>
        <source>How it worked</source>
        <translation>How it worked</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>ESF+ results on leaving (within 4 weeks)</source>
        <translation>ESF+ results on leaving (within 4 weeks)</translation>
    </message>
    <message>
        <source>The last event within four weeks counts. “Not asked” if you do not know yet: you can record it later on the plan tab.</source>
        <translation>The last event within four weeks counts. “Not asked” if you do not know yet: you can record it later on the plan tab.</translation>
    </message>
</context>
<context>
    <name>ExitResultsDialog</name>
    <message>
        <source>ESF+ results on leaving</source>
        <translation>ESF+ results on leaving</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Save results</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Orderer's feedback</source>
        <translation>Orderer's feedback</translation>
    </message>
    <message>
        <source>{title} – {orderer}</source>
        <translation>{title} – {orderer}</translation>
    </message>
    <message>
        <source>1 poor</source>
        <translation>1 poor</translation>
    </message>
    <message>
        <source>5 excellent</source>
        <translation>5 excellent</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search by name, personal identity code or municipality</source>
        <translation>Search by name, personal identity code or municipality</translation>
    </message>
    <message>
        <source>Search trainees</source>
        <translation>Search trainees</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <source>Any period status</source>
        <translation>Any period status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Period status</source>
        <translation>Period status</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>All environments</translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>Welcome to TOIMI Desktop</source>
        <translation>Welcome to TOIMI Desktop</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the first local account: it will be a coordinator, who sees the whole project and can add other users.</source>
        <translation>This database has no users yet. Create the first local account: it will be a coordinator, who sees the whole project and can add other users.</translation>
    </message>
    <message>
        <source>e.g. mvirtanen</source>
        <translation>e.g. mvirtanen</translation>
    </message>
    <message>
        <source>e.g. Maija Virtanen</source>
        <translation>e.g. Maija Virtanen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>3–64 characters: a–z, 0–9, dot, hyphen or underscore.</source>
        <translation>3–64 characters: a–z, 0–9, dot, hyphen or underscore.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FollowupDashboard</name>
    <message>
        <source>Only &amp;my trainees</source>
        <translation>Only &amp;my trainees</translation>
    </message>
    <message>
        <source>Trainees whose coach or career agent you are</source>
        <translation>Trainees whose coach or career agent you are</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Plans of open periods whose next review is past or within 14 days.</source>
        <translation>Plans of open periods whose next review is past or within 14 days.</translation>
    </message>
    <message>
        <source>Open periods that end within 30 days, or are past their planned end, and have no continuation plan made for them.</source>
        <translation>Open periods that end within 30 days, or are past their planned end, and have no continuation plan made for them.</translation>
    </message>
    <message>
        <source>Active periods with no assessment in 8 weeks, or none two weeks after the period began.</source>
        <translation>Active periods with no assessment in 8 weeks, or none two weeks after the period began.</translation>
    </message>
    <message>
        <source>Periods that ended six months ago (or will within 14 days) whose follow-up result is not recorded yet.</source>
        <translation>Periods that ended six months ago (or will within 14 days) whose follow-up result is not recorded yet.</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nothing due.</translation>
    </message>
    <message numerus="yes">
        <source>Plan reviews (%n)</source>
        <translation>
            <numerusform>Plan reviews (%n)</numerusform>
            <numerusform>Plan reviews (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ending without a plan (%n)</source>
        <translation>
            <numerusform>Ending without a plan (%n)</numerusform>
            <numerusform>Ending without a plan (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assessments due (%n)</source>
        <translation>
            <numerusform>Assessments due (%n)</numerusform>
            <numerusform>Assessments due (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>6-month follow-ups (%n)</source>
        <translation>
            <numerusform>6-month follow-ups (%n)</numerusform>
            <numerusform>6-month follow-ups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due on {day}</source>
        <translation>
            <numerusform>%n item due on {day}</numerusform>
            <numerusform>%n items due on {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>6-month follow-up</source>
        <translation>6-month follow-up</translation>
    </message>
    <message>
        <source>Followed up on</source>
        <translation>Followed up on</translation>
    </message>
    <message>
        <source>In employment, incl. self-employment</source>
        <translation>In employment, incl. self-employment</translation>
    </message>
    <message>
        <source>Labour-market situation improved</source>
        <translation>Labour-market situation improved</translation>
    </message>
    <message>
        <source>Due on {day}: six months after leaving.</source>
        <translation>Due on {day}: six months after leaving.</translation>
    </message>
    <message>
        <source>Save follow-up</source>
        <translation>Save follow-up</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Public holiday: {name}</translation>
    </message>
    <message>
        <source>Closed: {reason}</source>
        <translation>Closed: {reason}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not a working day of the environment</source>
        <translation>Not a working day of the environment</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>Outside the coaching period</source>
        <translation>Outside the coaching period</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
</context>
<context>
    <name>InfoPage</name>
    <message>
        <source>This section is not yet available in this version of TOIMI Desktop.</source>
        <translation>This section is not yet available in this version of TOIMI Desktop.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>No service (holiday, closed)</source>
        <translation>No service (holiday, closed)</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>Outside the period</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>A letter marks the row and moves down.
Space = P (present)
0–9 on Hours: type the hours
Enter: edit the cell
Delete: clear an unsaved mark
Ctrl+Shift+P: all remaining present
Ctrl+S: save
Alt+←/→: previous/next day</source>
        <translation>A letter marks the row and moves down.
Space = P (present)
0–9 on Hours: type the hours
Enter: edit the cell
Delete: clear an unsaved mark
Ctrl+Shift+P: all remaining present
Ctrl+S: save
Alt+←/→: previous/next day</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the sync server</source>
        <translation>Log in to the sync server</translation>
    </message>
    <message>
        <source>Your coordinator gives the server address. You log in once on this computer; the login is kept in the system keyring.</source>
        <translation>Your coordinator gives the server address. You log in once on this computer; the login is kept in the system keyring.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Give the server address, your user name and password.</source>
        <translation>Give the server address, your user name and password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Logging in failed unexpectedly; the details are in the log file.</source>
        <translation>Logging in failed unexpectedly; the details are in the log file.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TOIMI Desktop</source>
        <translation>TOIMI Desktop</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Continuation plans</source>
        <translation>Continuation plans</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Coordinators and steering groups will print progress summaries and ESF+ reports here, with small figures suppressed.</source>
        <translation>Coordinators and steering groups will print progress summaries and ESF+ reports here, with small figures suppressed.</translation>
    </message>
    <message>
        <source>Tasks and orders</source>
        <translation>Tasks and orders</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New trainee…</source>
        <translation>&amp;New trainee…</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find trainee</source>
        <translation>&amp;Find trainee</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About TOIMI Desktop</source>
        <translation>&amp;About TOIMI Desktop</translation>
    </message>
    <message>
        <source>User: {name} · {role}</source>
        <translation>User: {name} · {role}</translation>
    </message>
    <message numerus="yes">
        <source>Register: %n trainee(s) found</source>
        <translation>
            <numerusform>Register: %n trainee found</numerusform>
            <numerusform>Register: %n trainees found</numerusform>
        </translation>
    </message>
    <message>
        <source>About TOIMI Desktop</source>
        <translation>About TOIMI Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TOIMI Desktop {version}&lt;/h3&gt;&lt;p&gt;Case management for the work coaches of the TOIMI project (Toimivat välityömarkkinat Pohjois-Karjalaan), North Karelia.&lt;/p&gt;&lt;p&gt;Co-funded by the European Union (ESF+).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TOIMI Desktop {version}&lt;/h3&gt;&lt;p&gt;Case management for the work coaches of the TOIMI project (Toimivat välityömarkkinat Pohjois-Karjalaan), North Karelia.&lt;/p&gt;&lt;p&gt;Co-funded by the European Union (ESF+).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MonthCalendarModel</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Hide this notice</source>
        <translation>Hide this notice</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Edit work order</source>
        <translation>Edit work order</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>New work order</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. Parks, Facilities, Schools</source>
        <translation>e.g. Parks, Facilities, Schools</translation>
    </message>
    <message>
        <source>e.g. Raking the central park in spring</source>
        <translation>e.g. Raking the central park in spring</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>Orderer</translation>
    </message>
    <message>
        <source>What is ordered</source>
        <translation>What is ordered</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <source>Hours done are summed from the attendance that names the task, from the start to the end.</source>
        <translation>Hours done are summed from the attendance that names the task, from the start to the end.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Search orders, orderers, tasks, places…</source>
        <translation>Search orders, orderers, tasks, places…</translation>
    </message>
    <message>
        <source>Open or awaiting feedback</source>
        <translation>Open or awaiting feedback</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>New order…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Feedback…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {planned} h done</source>
        <translation>{done} of {planned} h done</translation>
    </message>
    <message>
        <source>Reopen: work continues</source>
        <translation>Reopen: work continues</translation>
    </message>
    <message>
        <source>Restore the order</source>
        <translation>Restore the order</translation>
    </message>
    <message>
        <source>Back to requested</source>
        <translation>Back to requested</translation>
    </message>
    <message>
        <source>Agreed with the orderer</source>
        <translation>Agreed with the orderer</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Work started</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>Orderer</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Orderer's feedback {date}</source>
        <translation>Orderer's feedback {date}</translation>
    </message>
    <message>
        <source>The orderer's feedback has not been recorded yet.</source>
        <translation>The orderer's feedback has not been recorded yet.</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>Orderer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>Done %</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>awaited</translation>
    </message>
</context>
<context>
    <name>OutcomeDialogs</name>
    <message>
        <source>Engaged in job search</source>
        <translation>Engaged in job search</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>In education or training</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Gained a qualification</translation>
    </message>
    <message>
        <source>In employment, incl. self-employment</source>
        <translation>In employment, incl. self-employment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{environment}, ended {end}: {outcome}</source>
        <translation>{environment}, ended {end}: {outcome}</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Edit service package</source>
        <translation>Edit service package</translation>
    </message>
    <message>
        <source>New service package</source>
        <translation>New service package</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Skill levels</source>
        <translation>Skill levels</translation>
    </message>
    <message>
        <source>Work-ability levels</source>
        <translation>Work-ability levels</translation>
    </message>
    <message>
        <source>Typical hours</source>
        <translation>Typical hours</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>Price per hour</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <source>New package…</source>
        <translation>New package…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Service card PDF…</source>
        <translation>Service card PDF…</translation>
    </message>
    <message>
        <source>Service catalogue PDF…</source>
        <translation>Service catalogue PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message>
        <source>{price} € / h</source>
        <translation>{price} € / h</translation>
    </message>
    <message>
        <source>typically {total} €</source>
        <translation>typically {total} €</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Skill levels</source>
        <translation>Skill levels</translation>
    </message>
    <message>
        <source>Work-ability levels</source>
        <translation>Work-ability levels</translation>
    </message>
    <message>
        <source>Typical hours</source>
        <translation>Typical hours</translation>
    </message>
    <message>
        <source>Internal price</source>
        <translation>Internal price</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Save the service card</source>
        <translation>Save the service card</translation>
    </message>
    <message>
        <source>service-card-{name}</source>
        <translation>service-card-{name}</translation>
    </message>
    <message>
        <source>Save the service catalogue</source>
        <translation>Save the service catalogue</translation>
    </message>
    <message>
        <source>service-catalogue-{name}</source>
        <translation>service-catalogue-{name}</translation>
    </message>
</context>
<context>
    <name>PackageTableModel</name>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Skill levels</source>
        <translation>Skill levels</translation>
    </message>
    <message>
        <source>Work-ability levels</source>
        <translation>Work-ability levels</translation>
    </message>
    <message>
        <source>Typical hours</source>
        <translation>Typical hours</translation>
    </message>
    <message>
        <source>€ / hour</source>
        <translation>€ / hour</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Continuation plan</source>
        <translation>Continuation plan</translation>
    </message>
    <message>
        <source>Continuation plan, version {version}</source>
        <translation>Continuation plan, version {version}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Remove step</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Trainee: {name}</source>
        <translation>Trainee: {name}</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Services referred to</source>
        <translation>Services referred to</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Agreed with the trainee</source>
        <translation>Agreed with the trainee</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Each save keeps a version; earlier versions can be read and printed.</source>
        <translation>Each save keeps a version; earlier versions can be read and printed.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Write plan…</source>
        <translation>&amp;Write plan…</translation>
    </message>
    <message>
        <source>New plan for this &amp;period…</source>
        <translation>New plan for this &amp;period…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>A PDF for signing by the trainee and the career agent (Ctrl+P)</source>
        <translation>A PDF for signing by the trainee and the career agent (Ctrl+P)</translation>
    </message>
    <message>
        <source>Outcome and follow-up</source>
        <translation>Outcome and follow-up</translation>
    </message>
    <message>
        <source>ESF+ &amp;results…</source>
        <translation>ESF+ &amp;results…</translation>
    </message>
    <message>
        <source>Record &amp;follow-up…</source>
        <translation>Record &amp;follow-up…</translation>
    </message>
    <message>
        <source>No continuation plan yet.</source>
        <translation>No continuation plan yet.</translation>
    </message>
    <message>
        <source>This plan was made in an earlier coaching period.</source>
        <translation>This plan was made in an earlier coaching period.</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Edit plan…</translation>
    </message>
    <message>
        <source>Write or revise the plan (Ctrl+Shift+L)</source>
        <translation>Write or revise the plan (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Career agents and coaches write continuation plans.</source>
        <translation>Career agents and coaches write continuation plans.</translation>
    </message>
    <message>
        <source>No period has ended yet. The outcome and the ESF+ results are recorded when the period is closed (Close period…).</source>
        <translation>No period has ended yet. The outcome and the ESF+ results are recorded when the period is closed (Close period…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{outcome}&lt;/b&gt;, {environment}, ended {end}</source>
        <translation>&lt;b&gt;{outcome}&lt;/b&gt;, {environment}, ended {end}</translation>
    </message>
    <message>
        <source>&lt;b&gt;ESF+ results on leaving&lt;/b&gt;</source>
        <translation>&lt;b&gt;ESF+ results on leaving&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Job search: {value}</source>
        <translation>Job search: {value}</translation>
    </message>
    <message>
        <source>Education or training: {value}</source>
        <translation>Education or training: {value}</translation>
    </message>
    <message>
        <source>Qualification: {value}</source>
        <translation>Qualification: {value}</translation>
    </message>
    <message>
        <source>Employment: {value}</source>
        <translation>Employment: {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Six months later&lt;/b&gt; (due {day})</source>
        <translation>&lt;b&gt;Six months later&lt;/b&gt; (due {day})</translation>
    </message>
    <message>
        <source>Followed up on {day}</source>
        <translation>Followed up on {day}</translation>
    </message>
    <message>
        <source>Situation improved: {value}</source>
        <translation>Situation improved: {value}</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Not recorded yet.</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>continuation-plan-{name}</source>
        <translation>continuation-plan-{name}</translation>
    </message>
    <message>
        <source>Save the continuation plan</source>
        <translation>Save the continuation plan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>version {version}, saved {day} by {who}</source>
        <translation>version {version}, saved {day} by {who}</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Agreed with the trainee</source>
        <translation>Agreed with the trainee</translation>
    </message>
    <message>
        <source>Career agent</source>
        <translation>Career agent</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No steps written.</source>
        <translation>No steps written.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Services referred to</source>
        <translation>Services referred to</translation>
    </message>
</context>
<context>
    <name>PlanTraineeModel</name>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Fitting tasks</source>
        <translation>Fitting tasks</translation>
    </message>
    <message>
        <source>From the latest assessment</source>
        <translation>From the latest assessment</translation>
    </message>
    <message>
        <source>From the latest task evaluation</source>
        <translation>From the latest task evaluation</translation>
    </message>
    <message>
        <source>Assumed from the period: no assessment yet</source>
        <translation>Assumed from the period: no assessment yet</translation>
    </message>
    <message>
        <source>{task} (with support)</source>
        <translation>{task} (with support)</translation>
    </message>
    <message>
        <source>the period's goals</source>
        <translation>the period's goals</translation>
    </message>
    <message>
        <source>evaluated suitable</source>
        <translation>evaluated suitable</translation>
    </message>
    <message>
        <source>an open order</source>
        <translation>an open order</translation>
    </message>
    <message>
        <source>done lately</source>
        <translation>done lately</translation>
    </message>
</context>
<context>
    <name>PlanVersionsDialog</name>
    <message>
        <source>Versions of the plan: {name}</source>
        <translation>Versions of the plan: {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Print this version…</source>
        <translation>&amp;Print this version…</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Next service day</source>
        <translation>Next service day</translation>
    </message>
    <message>
        <source>Only my trainees</source>
        <translation>Only my trainees</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Open orders on the day</source>
        <translation>Open orders on the day</translation>
    </message>
    <message>
        <source>Trainees and the tasks that fit them</source>
        <translation>Trainees and the tasks that fit them</translation>
    </message>
    <message>
        <source>Levels come from the latest assessment; without one, from the latest task evaluation or the period. Point at a row to see why a task was suggested.</source>
        <translation>Levels come from the latest assessment; without one, from the latest task evaluation or the period. Point at a row to see why a task was suggested.</translation>
    </message>
    <message>
        <source>Choose a coaching environment above to plan its day.</source>
        <translation>Choose a coaching environment above to plan its day.</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n trainee(s)</source>
        <translation>
            <numerusform>{day}: %n trainee</numerusform>
            <numerusform>{day}: %n trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s)</source>
        <translation>
            <numerusform>%n open order</numerusform>
            <numerusform>%n open orders</numerusform>
        </translation>
    </message>
    <message>
        <source>The service is not held: {why}</source>
        <translation>The service is not held: {why}</translation>
    </message>
    <message>
        <source>not an opening day</source>
        <translation>not an opening day</translation>
    </message>
</context>
<context>
    <name>PlansSection</name>
    <message>
        <source>Continuation plans</source>
        <translation>Continuation plans</translation>
    </message>
    <message>
        <source>Continuation plans are personal data. Steering groups follow outcomes through reports of aggregate figures.</source>
        <translation>Continuation plans are personal data. Steering groups follow outcomes through reports of aggregate figures.</translation>
    </message>
    <message>
        <source>The follow-up dashboard is for career agents, coaches and coordinators.</source>
        <translation>The follow-up dashboard is for career agents, coaches and coordinators.</translation>
    </message>
    <message>
        <source>As {role} you can read a trainee's plan on the trainee's page.</source>
        <translation>As {role} you can read a trainee's plan on the trainee's page.</translation>
    </message>
    <message>
        <source>What is due. Plans are written on the trainee's page: open a row (Enter or double-click).</source>
        <translation>What is due. Plans are written on the trainee's page: open a row (Enter or double-click).</translation>
    </message>
</context>
<context>
    <name>ProgressTabs</name>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Suitable tasks</source>
        <translation>Suitable tasks</translation>
    </message>
    <message>
        <source>Continuation plan</source>
        <translation>Continuation plan</translation>
    </message>
</context>
<context>
    <name>RegisterSection</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>The register holds personal data. Steering groups follow the project through reports of aggregate figures, which do not identify anyone.</source>
        <translation>The register holds personal data. Steering groups follow the project through reports of aggregate figures, which do not identify anyone.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>New trainee…</source>
        <translation>New trainee…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Start period…</source>
        <translation>Start period…</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) found</source>
        <translation>
            <numerusform>%n trainee found</numerusform>
            <numerusform>%n trainees found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Monthly &amp;allowance report…</source>
        <translation>Monthly &amp;allowance report…</translation>
    </message>
    <message>
        <source>Absence list for &amp;Kela…</source>
        <translation>Absence list for &amp;Kela…</translation>
    </message>
    <message>
        <source>Monthly attendance &amp;sheet of the trainee…</source>
        <translation>Monthly attendance &amp;sheet of the trainee…</translation>
    </message>
    <message>
        <source>A&amp;pprove month…</source>
        <translation>A&amp;pprove month…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Creating {file}…</source>
        <translation>Creating {file}…</translation>
    </message>
    <message>
        <source>Monthly allowance report</source>
        <translation>Monthly allowance report</translation>
    </message>
    <message>
        <source>Allowance days and euros of {environment}.</source>
        <translation>Allowance days and euros of {environment}.</translation>
    </message>
    <message>
        <source>Save the allowance report</source>
        <translation>Save the allowance report</translation>
    </message>
    <message>
        <source>allowance-{environment}-{month}</source>
        <translation>allowance-{environment}-{month}</translation>
    </message>
    <message>
        <source>Absence list for Kela</source>
        <translation>Absence list for Kela</translation>
    </message>
    <message>
        <source>Save the absence list</source>
        <translation>Save the absence list</translation>
    </message>
    <message>
        <source>absences-{start}-{end}</source>
        <translation>absences-{start}-{end}</translation>
    </message>
    <message>
        <source>Monthly attendance sheet</source>
        <translation>Monthly attendance sheet</translation>
    </message>
    <message>
        <source>A sheet for {name} to sign.</source>
        <translation>A sheet for {name} to sign.</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Save the attendance sheet</translation>
    </message>
    <message>
        <source>attendance-{name}-{month}</source>
        <translation>attendance-{name}-{month}</translation>
    </message>
    <message>
        <source>Approve month</source>
        <translation>Approve month</translation>
    </message>
    <message>
        <source>Approve the allowance of {month} for {environment}?

The month's attendance is locked after this: later changes need a reason and are logged.</source>
        <translation>Approve the allowance of {month} for {environment}?

The month's attendance is locked after this: later changes need a reason and are logged.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>The allowance of {month} for {environment} was approved.</source>
        <translation>The allowance of {month} for {environment} was approved.</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Own</translation>
    </message>
    <message>
        <source>Level (coach's score)</source>
        <translation>Level (coach's score)</translation>
    </message>
    <message>
        <source>{criterion}, own</source>
        <translation>{criterion}, own</translation>
    </message>
</context>
<context>
    <name>StartPeriodDialog</name>
    <message>
        <source>Start a coaching period</source>
        <translation>Start a coaching period</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. Cleaning services, 3 months</source>
        <translation>e.g. Cleaning services, 3 months</translation>
    </message>
    <message>
        <source>Rehabilitative work activity: {low_m}–{high_m} months, {low_h}–{high_h} hours a day, {low_d}–{high_d} days a week.</source>
        <translation>Rehabilitative work activity: {low_m}–{high_m} months, {low_h}–{high_h} hours a day, {low_d}–{high_d} days a week.</translation>
    </message>
    <message>
        <source>Trainee: {name}</source>
        <translation>Trainee: {name}</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>Hours a day</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Days a week</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Career agent</source>
        <translation>Career agent</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Coaching package</source>
        <translation>Coaching package</translation>
    </message>
    <message>
        <source>Start period</source>
        <translation>Start period</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SuitabilityPage</name>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>{name} 1 (no assessment yet)</source>
        <translation>{name} 1 (no assessment yet)</translation>
    </message>
    <message>
        <source>{name} {level} ({template} {day})</source>
        <translation>{name} {level} ({template} {day})</translation>
    </message>
    <message>
        <source>– capped at 2 until safety is at level 3</source>
        <translation>– capped at 2 until safety is at level 3</translation>
    </message>
    <message>
        <source>The trainee has no coaching period: no environment's tasks to judge.</source>
        <translation>The trainee has no coaching period: no environment's tasks to judge.</translation>
    </message>
    <message>
        <source>No assessment yet: a newcomer starts with level 1 tasks.</source>
        <translation>No assessment yet: a newcomer starts with level 1 tasks.</translation>
    </message>
    <message>
        <source>Levels from the latest assessments:</source>
        <translation>Levels from the latest assessments:</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>skill</translation>
    </message>
    <message>
        <source>work ability</source>
        <translation>work ability</translation>
    </message>
    <message>
        <source>{environment}: {suitable} suitable, {support} with support, {not_suitable} not suitable on {day}.</source>
        <translation>{environment}: {suitable} suitable, {support} with support, {not_suitable} not suitable on {day}.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync failed unexpectedly; the details are in the log file.</source>
        <translation>Sync failed unexpectedly; the details are in the log file.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Everything you save stays on this computer and is sent to the central server when it answers; changes made by others arrive at the same time.</source>
        <translation>Everything you save stays on this computer and is sent to the central server when it answers; changes made by others arrive at the same time.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Log in to a server…</source>
        <translation>Log in to a server…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send refused changes again</source>
        <translation>Send refused changes again</translation>
    </message>
    <message>
        <source>Texts edited on two devices (double-click to choose)</source>
        <translation>Texts edited on two devices (double-click to choose)</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Changes the server refused</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>not set up</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Log in again…</translation>
    </message>
    <message>
        <source>{table}, field {field}: “{text}” by {name}</source>
        <translation>{table}, field {field}: “{text}” by {name}</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync {when}</source>
        <translation>Last sync {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Sending %v/%m</source>
        <translation>Sending %v/%m</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit work task</source>
        <translation>Edit work task</translation>
    </message>
    <message>
        <source>New work task</source>
        <translation>New work task</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. Parks, Facilities, Schools</source>
        <translation>e.g. Parks, Facilities, Schools</translation>
    </message>
    <message>
        <source>Can be done in a group</source>
        <translation>Can be done in a group</translation>
    </message>
    <message>
        <source>Induction needed before the first time</source>
        <translation>Induction needed before the first time</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>e.g. Gloves, safety shoes</source>
        <translation>e.g. Gloves, safety shoes</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>Orderer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>Work-ability demand</source>
        <translation>Work-ability demand</translation>
    </message>
    <message>
        <source>Physical load</source>
        <translation>Physical load</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Season</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Protective equipment</source>
        <translation>Protective equipment</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Safety notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>TaskFitModel</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>Work ability</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Ordered by {department}</source>
        <translation>Ordered by {department}</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Search tasks, descriptions, orderers…</source>
        <translation>Search tasks, descriptions, orderers…</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>Suits level {n}</source>
        <translation>Suits level {n}</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <source>Any season</source>
        <translation>Any season</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Not in use</translation>
    </message>
    <message>
        <source>In use or not</source>
        <translation>In use or not</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Record evaluation…</source>
        <translation>Record evaluation…</translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation>Take out of use</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Back in use</source>
        <translation>Back in use</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Orderer</source>
        <translation>Orderer</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>Work-ability demand</source>
        <translation>Work-ability demand</translation>
    </message>
    <message>
        <source>Physical load</source>
        <translation>Physical load</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Season</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Group work</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Induction needed</source>
        <translation>Induction needed</translation>
    </message>
    <message>
        <source>Protective equipment</source>
        <translation>Protective equipment</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Safety notes</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>not in use</translation>
    </message>
    <message>
        <source>Evidence from evaluations</source>
        <translation>Evidence from evaluations</translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>Not evaluated yet.</translation>
    </message>
    <message>
        <source>Trainee level</source>
        <translation>Trainee level</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <source>With support</source>
        <translation>With support</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Not suitable</translation>
    </message>
    <message>
        <source>the task is rated at level {level}.</source>
        <translation>the task is rated at level {level}.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Evidence: suits level {level}</source>
        <translation>Evidence: suits level {level}</translation>
    </message>
    <message>
        <source>Evidence: needs level {level}</source>
        <translation>Evidence: needs level {level}</translation>
    </message>
    <message>
        <source>Evidence: not suitable</source>
        <translation>Evidence: not suitable</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Ability</translation>
    </message>
    <message>
        <source>Work-ability demand</source>
        <translation>Work-ability demand</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Season</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Evidence suggests</source>
        <translation>Evidence suggests</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>{suitable}/{total} suitable</source>
        <translation>{suitable}/{total} suitable</translation>
    </message>
    <message>
        <source>not suitable</source>
        <translation>not suitable</translation>
    </message>
    <message>
        <source>{arrow} level {level}</source>
        <translation>{arrow} level {level}</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Not evaluated yet</translation>
    </message>
    <message>
        <source>Level {level}: {s} suitable, {w} with support, {n} not suitable</source>
        <translation>Level {level}: {s} suitable, {w} with support, {n} not suitable</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New assessment template</source>
        <translation>New assessment template</translation>
    </message>
    <message>
        <source>New version of {name}</source>
        <translation>New version of {name}</translation>
    </message>
    <message>
        <source>The trainee assesses themself with the same criteria</source>
        <translation>The trainee assesses themself with the same criteria</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Add criterion</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Key: lower-case letters, digits and _ (it links the scores of later versions). Scale within 0–10. Level descriptions as “1 = needs much support; 5 = independent”. Suitability: whether the criterion tells about the skill or the work-ability demand a task may have.</source>
        <translation>Key: lower-case letters, digits and _ (it links the scores of later versions). Scale within 0–10. Level descriptions as “1 = needs much support; 5 = independent”. Suitability: whether the criterion tells about the skill or the work-ability demand a task may have.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Version {version} will be retired; assessments made with it keep its criteria.</source>
        <translation>Version {version} will be retired; assessments made with it keep its criteria.</translation>
    </message>
    <message>
        <source>Write the level descriptions of criterion {rows} as “1 = text; 5 = text”.</source>
        <translation>Write the level descriptions of criterion {rows} as “1 = text; 5 = text”.</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;New template…</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <source>Coordinators add templates and new versions.</source>
        <translation>Coordinators add templates and new versions.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;store</translation>
    </message>
</context>
<context>
    <name>TraineeDialog</name>
    <message>
        <source>Edit trainee</source>
        <translation>Edit trainee</translation>
    </message>
    <message>
        <source>New trainee</source>
        <translation>New trainee</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>e.g. 131052-308T</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Client manager who referred the trainee</source>
        <translation>Client manager who referred the trainee</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Taken from the identity code when left empty.</source>
        <translation>Taken from the identity code when left empty.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>e.g. fi, ru, ar</source>
        <translation>e.g. fi, ru, ar</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Third-country national</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Foreign background</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Minority</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <source>Lives in a rural area</source>
        <translation>Lives in a rural area</translation>
    </message>
    <message>
        <source>Languages and ESF+ entry data</source>
        <translation>Languages and ESF+ entry data</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>ISO codes separated by commas.</source>
        <translation>ISO codes separated by commas.</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Disability and minority are special categories of personal data: record them only if the trainee agrees to tell.</source>
        <translation>Disability and minority are special categories of personal data: record them only if the trainee agrees to tell.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TraineeListModel</name>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Identity code</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Period status</source>
        <translation>Period status</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
</context>
<context>
    <name>TraineeView</name>
    <message>
        <source>← Back to the register</source>
        <translation>← Back to the register</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Start period…</source>
        <translation>Start period…</translation>
    </message>
    <message>
        <source>Close period…</source>
        <translation>Close period…</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the whole personal identity code</source>
        <translation>Show the whole personal identity code</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Target groups and languages</source>
        <translation>Target groups and languages</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>ESF+ entry data</source>
        <translation>ESF+ entry data</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Third-country national</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Foreign background</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Minority</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <source>Lives in a rural area</source>
        <translation>Lives in a rural area</translation>
    </message>
    <message>
        <source>Coaching periods</source>
        <translation>Coaching periods</translation>
    </message>
    <message>
        <source>No coaching periods yet.</source>
        <translation>No coaching periods yet.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Career agent</source>
        <translation>Career agent</translation>
    </message>
    <message>
        <source>Coaching package</source>
        <translation>Coaching package</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{municipality} · no open coaching period</source>
        <translation>{municipality} · no open coaching period</translation>
    </message>
    <message>
        <source>{municipality} · coaching period at {environment}: {state}</source>
        <translation>{municipality} · coaching period at {environment}: {state}</translation>
    </message>
    <message>
        <source>{hours} h a day, {days} days a week</source>
        <translation>{hours} h a day, {days} days a week</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No assessments yet</source>
        <translation>No assessments yet</translation>
    </message>
    <message>
        <source>{group} (own)</source>
        <translation>{group} (own)</translation>
    </message>
</context>
<context>
    <name>VersionListModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>WorkCommon</name>
    <message>
        <source>skill {skill} · work ability {ability}</source>
        <translation>skill {skill} · work ability {ability}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo database…</source>
        <translation>Creating the demo database…</translation>
    </message>
    <message>
        <source>TOIMI Desktop</source>
        <translation>TOIMI Desktop</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the database file</source>
        <translation>the database file</translation>
    </message>
    <message>
        <source>act as this user (default: the database's current user)</source>
        <translation>act as this user (default: the database's current user)</translation>
    </message>
    <message>
        <source>fill a database with demo data</source>
        <translation>fill a database with demo data</translation>
    </message>
    <message>
        <source>Create or fill a database with a realistic, deterministic demo North Karelia: users of every role, environments, work tasks, trainees, coaching periods and six months of attendance.</source>
        <translation>Create or fill a database with a realistic, deterministic demo North Karelia: users of every role, environments, work tasks, trainees, coaching periods and six months of attendance.</translation>
    </message>
    <message>
        <source>number of trainees (default 600)</source>
        <translation>number of trainees (default 600)</translation>
    </message>
    <message>
        <source>random seed; the same seed and date give the same data (default 1)</source>
        <translation>random seed; the same seed and date give the same data (default 1)</translation>
    </message>
    <message>
        <source>the date the data is made for (default: today)</source>
        <translation>the date the data is made for (default: today)</translation>
    </message>
    <message>
        <source>replace the trainees and users already in the database (test databases only)</source>
        <translation>replace the trainees and users already in the database (test databases only)</translation>
    </message>
    <message>
        <source>Demo data written to {path} in {seconds:.1f} s (seed {seed}, today {today}):</source>
        <translation>Demo data written to {path} in {seconds:.1f} s (seed {seed}, today {today}):</translation>
    </message>
    <message>
        <source>Sign in as “koordinaattori”; `toimi users --db {path}` lists everyone.</source>
        <translation>Sign in as “koordinaattori”; `toimi users --db {path}` lists everyone.</translation>
    </message>
    <message>
        <source>upgrade a database's schema to the newest version</source>
        <translation>upgrade a database's schema to the newest version</translation>
    </message>
    <message>
        <source>Upgrade the database schema to the newest revision (creates the file if it does not exist).</source>
        <translation>Upgrade the database schema to the newest revision (creates the file if it does not exist).</translation>
    </message>
    <message>
        <source>{path}: schema already at revision {revision}.</source>
        <translation>{path}: schema already at revision {revision}.</translation>
    </message>
    <message>
        <source>{path}: schema upgraded from {before} to revision {revision}.</source>
        <translation>{path}: schema upgraded from {before} to revision {revision}.</translation>
    </message>
    <message>
        <source>list the users of a database</source>
        <translation>list the users of a database</translation>
    </message>
    <message>
        <source>List the local users (whom to sign in as), with role and municipalities; * marks the current user.</source>
        <translation>List the local users (whom to sign in as), with role and municipalities; * marks the current user.</translation>
    </message>
    <message>
        <source>The database has no users yet.</source>
        <translation>The database has no users yet.</translation>
    </message>
    <message>
        <source>all municipalities</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>municipalities</translation>
    </message>
    <message>
        <source>language of messages: fi (default) or en</source>
        <translation>language of messages: fi (default) or en</translation>
    </message>
    <message>
        <source>TOIMI Desktop administration: demo data, schema, users, attendance reports and month approvals.</source>
        <translation>TOIMI Desktop administration: demo data, schema, users, attendance reports and month approvals.</translation>
    </message>
    <message>
        <source>The database could not be used: {reason}</source>
        <translation>The database could not be used: {reason}</translation>
    </message>
    <message>
        <source>a trainee's continuation plan (PDF)</source>
        <translation>a trainee's continuation plan (PDF)</translation>
    </message>
    <message>
        <source>A trainee's continuation plan for signing by the trainee and the career agent (PDF): the current version, or an earlier one with --version.</source>
        <translation>A trainee's continuation plan for signing by the trainee and the career agent (PDF): the current version, or an earlier one with --version.</translation>
    </message>
    <message>
        <source>the trainee's id</source>
        <translation>the trainee's id</translation>
    </message>
    <message>
        <source>an earlier saved version of the plan</source>
        <translation>an earlier saved version of the plan</translation>
    </message>
    <message>
        <source>the output file, .pdf</source>
        <translation>the output file, .pdf</translation>
    </message>
    <message>
        <source>{month} approved for {environment} by {user}.</source>
        <translation>{month} approved for {environment} by {user}.</translation>
    </message>
    <message>
        <source>the coaching environment's name, e.g. Taitamo</source>
        <translation>the coaching environment's name, e.g. Taitamo</translation>
    </message>
    <message>
        <source>the month, e.g. 2026-10</source>
        <translation>the month, e.g. 2026-10</translation>
    </message>
    <message>
        <source>write an attendance report (PDF/CSV)</source>
        <translation>write an attendance report (PDF/CSV)</translation>
    </message>
    <message>
        <source>Write the monthly allowance report, the absence list for Kela or a trainee's signable monthly attendance sheet.</source>
        <translation>Write the monthly allowance report, the absence list for Kela or a trainee's signable monthly attendance sheet.</translation>
    </message>
    <message>
        <source>monthly allowance report of an environment</source>
        <translation>monthly allowance report of an environment</translation>
    </message>
    <message>
        <source>Days attended, allowance days and euros per trainee in rehabilitative work activity, absences by reason, totals and signature lines.</source>
        <translation>Days attended, allowance days and euros per trainee in rehabilitative work activity, absences by reason, totals and signature lines.</translation>
    </message>
    <message>
        <source>the output file, .pdf or .csv</source>
        <translation>the output file, .pdf or .csv</translation>
    </message>
    <message>
        <source>absence list for Kela</source>
        <translation>absence list for Kela</translation>
    </message>
    <message>
        <source>Absences in rehabilitative work activity for a date range, grouped into runs with their reason code. Without --from and --to: the two calendar weeks before this week.</source>
        <translation>Absences in rehabilitative work activity for a date range, grouped into runs with their reason code. Without --from and --to: the two calendar weeks before this week.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>first day</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>a trainee's monthly attendance sheet</source>
        <translation>a trainee's monthly attendance sheet</translation>
    </message>
    <message>
        <source>A trainee's signable monthly attendance sheet (PDF).</source>
        <translation>A trainee's signable monthly attendance sheet (PDF).</translation>
    </message>
    <message>
        <source>approve a month's allowance (locks its attendance)</source>
        <translation>approve a month's allowance (locks its attendance)</translation>
    </message>
    <message>
        <source>Approve an environment's allowance for a month that has ended. Its attendance is locked: later changes need a reason and are audited.</source>
        <translation>Approve an environment's allowance for a month that has ended. Its attendance is locked: later changes need a reason and are audited.</translation>
    </message>
    <message>
        <source>an environment's service catalogue (PDF)</source>
        <translation>an environment's service catalogue (PDF)</translation>
    </message>
    <message>
        <source>The work service packages and the task catalogue of a coaching environment for the ordering departments (PDF); with --package, that package's service card.</source>
        <translation>The work service packages and the task catalogue of a coaching environment for the ordering departments (PDF); with --package, that package's service card.</translation>
    </message>
    <message>
        <source>only this service package's card</source>
        <translation>only this service package's card</translation>
    </message>
    <message>
        <source>log this database in to a sync server</source>
        <translation>log this database in to a sync server</translation>
    </message>
    <message>
        <source>Log in to the central sync server once per device. The password is asked for (or read from standard input); the device token is kept in the system keyring, never in a file.</source>
        <translation>Log in to the central sync server once per device. The password is asked for (or read from standard input); the device token is kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <source>the sync server's address, e.g. https://toimi.example.fi</source>
        <translation>the sync server's address, e.g. https://toimi.example.fi</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>your user name on the server</translation>
    </message>
    <message>
        <source>a name for this computer (default: host name)</source>
        <translation>a name for this computer (default: host name)</translation>
    </message>
    <message>
        <source>sync a database with the server</source>
        <translation>sync a database with the server</translation>
    </message>
    <message>
        <source>Send this computer's changes to the sync server and take in everyone else's. An interrupted sync continues where it stopped.</source>
        <translation>Send this computer's changes to the sync server and take in everyone else's. An interrupted sync continues where it stopped.</translation>
    </message>
    <message>
        <source>only show the sync status</source>
        <translation>only show the sync status</translation>
    </message>
    <message>
        <source>send the changes the server refused again</source>
        <translation>send the changes the server refused again</translation>
    </message>
    <message>
        <source>log this database out of the sync server</source>
        <translation>log this database out of the sync server</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <source>Logged in to {server} as {user}. Run `toimi sync --db {path}` to sync.</source>
        <translation>Logged in to {server} as {user}. Run `toimi sync --db {path}` to sync.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Logged out.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Not logged in.</translation>
    </message>
    <message>
        <source>Synced in {seconds:.1f} s: sent {pushed}, refused {refused}, received {pulled} records ({kb:.1f} kB on the wire).</source>
        <translation>Synced in {seconds:.1f} s: sent {pushed}, refused {refused}, received {pulled} records ({kb:.1f} kB on the wire).</translation>
    </message>
    <message>
        <source>{count} texts were edited on two devices: both versions are kept until someone chooses in the app.</source>
        <translation>{count} texts were edited on two devices: both versions are kept until someone chooses in the app.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Server: {server} (user {user})</source>
        <translation>Server: {server} (user {user})</translation>
    </message>
    <message>
        <source>Waiting to be sent: {pending}; refused: {refused}; conflicts: {conflicts}; not stored here: {failures}</source>
        <translation>Waiting to be sent: {pending}; refused: {refused}; conflicts: {conflicts}; not stored here: {failures}</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Last successful sync: {when}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Last error: {error}</translation>
    </message>
    <message>
        <source>delete the records of trainees past the retention time</source>
        <translation>delete the records of trainees past the retention time</translation>
    </message>
    <message>
        <source>Delete the records of trainees whose last coaching period ended more than the retention time ago (a setting, 5 years by default), or whose record without any period is that old. The deletions sync to the server and other devices; the counts go to the audit log. Coordinators only.</source>
        <translation>Delete the records of trainees whose last coaching period ended more than the retention time ago (a setting, 5 years by default), or whose record without any period is that old. The deletions sync to the server and other devices; the counts go to the audit log. Coordinators only.</translation>
    </message>
    <message>
        <source>only count what would be deleted; change nothing</source>
        <translation>only count what would be deleted; change nothing</translation>
    </message>
    <message>
        <source>the day to count the retention time back from (default: today)</source>
        <translation>the day to count the retention time back from (default: today)</translation>
    </message>
    <message>
        <source>Retention time {years} years: records of relationships that ended before {cutoff}.</source>
        <translation>Retention time {years} years: records of relationships that ended before {cutoff}.</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. Would delete {trainees} trainees' records:</source>
        <translation>Dry run, nothing was changed. Would delete {trainees} trainees' records:</translation>
    </message>
    <message>
        <source>Deleted {trainees} trainees' records:</source>
        <translation>Deleted {trainees} trainees' records:</translation>
    </message>
    <message>
        <source>The counts are in the audit log; the deletions sync at the next sync.</source>
        <translation>The counts are in the audit log; the deletions sync at the next sync.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Work coach</source>
        <translation>Work coach</translation>
    </message>
    <message>
        <source>Career agent</source>
        <translation>Career agent</translation>
    </message>
    <message>
        <source>Business agent</source>
        <translation>Business agent</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Municipality-owned social enterprise</source>
        <translation>Municipality-owned social enterprise</translation>
    </message>
    <message>
        <source>Internal municipal operation</source>
        <translation>Internal municipal operation</translation>
    </message>
    <message>
        <source>Run with local partners</source>
        <translation>Run with local partners</translation>
    </message>
    <message>
        <source>Environmental care</source>
        <translation>Environmental care</translation>
    </message>
    <message>
        <source>Cleaning services</source>
        <translation>Cleaning services</translation>
    </message>
    <message>
        <source>Property upkeep</source>
        <translation>Property upkeep</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Laundry</translation>
    </message>
    <message>
        <source>Recycling</source>
        <translation>Recycling</translation>
    </message>
    <message>
        <source>Woodwork</source>
        <translation>Woodwork</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Long-term unemployed</translation>
    </message>
    <message>
        <source>Partial work ability</source>
        <translation>Partial work ability</translation>
    </message>
    <message>
        <source>Immigrant</source>
        <translation>Immigrant</translation>
    </message>
    <message>
        <source>Young recent graduate</source>
        <translation>Young recent graduate</translation>
    </message>
    <message>
        <source>Long away from working life</source>
        <translation>Long away from working life</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Basic education or less (ISCED 0–2)</source>
        <translation>Basic education or less (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Upper secondary (ISCED 3–4)</source>
        <translation>Upper secondary (ISCED 3–4)</translation>
    </message>
    <message>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>Tertiary (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Rehabilitative work activity</source>
        <translation>Rehabilitative work activity</translation>
    </message>
    <message>
        <source>Work coaching</source>
        <translation>Work coaching</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>No period</source>
        <translation>No period</translation>
    </message>
    <message>
        <source>Open labour market</source>
        <translation>Open labour market</translation>
    </message>
    <message>
        <source>Subsidised work</source>
        <translation>Subsidised work</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Entrepreneurship: sole trader</source>
        <translation>Entrepreneurship: sole trader</translation>
    </message>
    <message>
        <source>Entrepreneurship: cooperative</source>
        <translation>Entrepreneurship: cooperative</translation>
    </message>
    <message>
        <source>Light entrepreneurship</source>
        <translation>Light entrepreneurship</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Another service</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Partly present</source>
        <translation>Partly present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Service not held</source>
        <translation>Service not held</translation>
    </message>
    <message>
        <source>Own illness</source>
        <translation>Own illness</translation>
    </message>
    <message>
        <source>Illness with certificate</source>
        <translation>Illness with certificate</translation>
    </message>
    <message>
        <source>Sick child</source>
        <translation>Sick child</translation>
    </message>
    <message>
        <source>Job interview</source>
        <translation>Job interview</translation>
    </message>
    <message>
        <source>Public office</source>
        <translation>Public office</translation>
    </message>
    <message>
        <source>Other accepted reason</source>
        <translation>Other accepted reason</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Unexplained</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Initial assessment</translation>
    </message>
    <message>
        <source>Interim assessment</source>
        <translation>Interim assessment</translation>
    </message>
    <message>
        <source>Final assessment</source>
        <translation>Final assessment</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Heavy</translation>
    </message>
    <message>
        <source>All year</source>
        <translation>All year</translation>
    </message>
    <message>
        <source>Summer season</source>
        <translation>Summer season</translation>
    </message>
    <message>
        <source>Winter season</source>
        <translation>Winter season</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <source>Suitable with support</source>
        <translation>Suitable with support</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Not suitable</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>1 – simple routine work after a short induction</source>
        <translation>1 – simple routine work after a short induction</translation>
    </message>
    <message>
        <source>2 – independent work with some judgement</source>
        <translation>2 – independent work with some judgement</translation>
    </message>
    <message>
        <source>3 – demanding work: tools, machines or customer contact</source>
        <translation>3 – demanding work: tools, machines or customer contact</translation>
    </message>
    <message>
        <source>1 – light, can pause and adapt the pace</source>
        <translation>1 – light, can pause and adapt the pace</translation>
    </message>
    <message>
        <source>2 – normal pace for a working day</source>
        <translation>2 – normal pace for a working day</translation>
    </message>
    <message>
        <source>3 – physically or mentally demanding</source>
        <translation>3 – physically or mentally demanding</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No active user “{name}”.</source>
        <translation>No active user “{name}”.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this.</source>
        <translation>Your role ({role}) does not allow this.</translation>
    </message>
    <message>
        <source>The service package no longer exists.</source>
        <translation>The service package no longer exists.</translation>
    </message>
    <message>
        <source>You have no rights to data of this municipality.</source>
        <translation>You have no rights to data of this municipality.</translation>
    </message>
    <message>
        <source>A personal identity code has 11 characters.</source>
        <translation>A personal identity code has 11 characters.</translation>
    </message>
    <message>
        <source>The century sign “{sign}” is not valid.</source>
        <translation>The century sign “{sign}” is not valid.</translation>
    </message>
    <message>
        <source>The personal identity code has a letter where a digit belongs.</source>
        <translation>The personal identity code has a letter where a digit belongs.</translation>
    </message>
    <message>
        <source>The date in the personal identity code does not exist.</source>
        <translation>The date in the personal identity code does not exist.</translation>
    </message>
    <message>
        <source>The individual number 000 or 001 is not valid.</source>
        <translation>The individual number 000 or 001 is not valid.</translation>
    </message>
    <message>
        <source>The check character of the personal identity code is wrong.</source>
        <translation>The check character of the personal identity code is wrong.</translation>
    </message>
    <message>
        <source>The trainee no longer exists.</source>
        <translation>The trainee no longer exists.</translation>
    </message>
    <message>
        <source>Choose a coaching environment.</source>
        <translation>Choose a coaching environment.</translation>
    </message>
    <message>
        <source>Choose a level 1–3.</source>
        <translation>Choose a level 1–3.</translation>
    </message>
    <message>
        <source>Choose the field of work.</source>
        <translation>Choose the field of work.</translation>
    </message>
    <message>
        <source>Choose the physical load.</source>
        <translation>Choose the physical load.</translation>
    </message>
    <message>
        <source>Choose the season.</source>
        <translation>Choose the season.</translation>
    </message>
    <message>
        <source>The work task no longer exists.</source>
        <translation>The work task no longer exists.</translation>
    </message>
    <message>
        <source>A task cannot move to another environment: make a new one.</source>
        <translation>A task cannot move to another environment: make a new one.</translation>
    </message>
    <message>
        <source>Choose how the task suited the trainee.</source>
        <translation>Choose how the task suited the trainee.</translation>
    </message>
    <message>
        <source>Say in a note what needed support or did not work.</source>
        <translation>Say in a note what needed support or did not work.</translation>
    </message>
    <message>
        <source>Choose a trainee of your municipalities.</source>
        <translation>Choose a trainee of your municipalities.</translation>
    </message>
    <message>
        <source>The evaluation no longer exists.</source>
        <translation>The evaluation no longer exists.</translation>
    </message>
    <message>
        <source>Only the evaluator or a coordinator can withdraw an evaluation.</source>
        <translation>Only the evaluator or a coordinator can withdraw an evaluation.</translation>
    </message>
    <message>
        <source>The task is no longer in use.</source>
        <translation>The task is no longer in use.</translation>
    </message>
    <message>
        <source>Say briefly what is ordered.</source>
        <translation>Say briefly what is ordered.</translation>
    </message>
    <message>
        <source>Name the ordering department.</source>
        <translation>Name the ordering department.</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>Start date is required.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>The end cannot be before the start.</translation>
    </message>
    <message>
        <source>Planned hours must be 0–{high}.</source>
        <translation>Planned hours must be 0–{high}.</translation>
    </message>
    <message>
        <source>The open order “{title}” has the same task on some of these days: attendance hours count for both.</source>
        <translation>The open order “{title}” has the same task on some of these days: attendance hours count for both.</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>The work order no longer exists.</translation>
    </message>
    <message>
        <source>The order is cancelled: restore it before editing.</source>
        <translation>The order is cancelled: restore it before editing.</translation>
    </message>
    <message>
        <source>An order cannot move to another environment.</source>
        <translation>An order cannot move to another environment.</translation>
    </message>
    <message>
        <source>An order that is “{current}” cannot become “{target}”.</source>
        <translation>An order that is “{current}” cannot become “{target}”.</translation>
    </message>
    <message>
        <source>The order starts on {day}: its work cannot be under way before that.</source>
        <translation>The order starts on {day}: its work cannot be under way before that.</translation>
    </message>
    <message>
        <source>Feedback is recorded when the order is done.</source>
        <translation>Feedback is recorded when the order is done.</translation>
    </message>
    <message>
        <source>Choose a score 1–5.</source>
        <translation>Choose a score 1–5.</translation>
    </message>
    <message>
        <source>Write down what the orderer was not happy with.</source>
        <translation>Write down what the orderer was not happy with.</translation>
    </message>
    <message>
        <source>The feedback cannot be from before the order started.</source>
        <translation>The feedback cannot be from before the order started.</translation>
    </message>
    <message>
        <source>The planned end cannot be before the start.</source>
        <translation>The planned end cannot be before the start.</translation>
    </message>
    <message>
        <source>Hours per day must be more than 0 and at most 12.</source>
        <translation>Hours per day must be more than 0 and at most 12.</translation>
    </message>
    <message>
        <source>Days per week must be 1–5.</source>
        <translation>Days per week must be 1–5.</translation>
    </message>
    <message>
        <source>Choose a person with the right role.</source>
        <translation>Choose a person with the right role.</translation>
    </message>
    <message>
        <source>The trainee already has an open period: close it before starting a new one.</source>
        <translation>The trainee already has an open period: close it before starting a new one.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity needs a planned end date.</source>
        <translation>Rehabilitative work activity needs a planned end date.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity lasts {low}–{high} months.</source>
        <translation>Rehabilitative work activity lasts {low}–{high} months.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity is {low}–{high} hours a day.</source>
        <translation>Rehabilitative work activity is {low}–{high} hours a day.</translation>
    </message>
    <message>
        <source>Rehabilitative work activity is {low}–{high} days a week.</source>
        <translation>Rehabilitative work activity is {low}–{high} days a week.</translation>
    </message>
    <message>
        <source>The outcome is work or entrepreneurship, so the person is in employment.</source>
        <translation>The outcome is work or entrepreneurship, so the person is in employment.</translation>
    </message>
    <message>
        <source>The outcome is education, so the person is in education or training.</source>
        <translation>The outcome is education, so the person is in education or training.</translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation>The period no longer exists.</translation>
    </message>
    <message>
        <source>Close the period first.</source>
        <translation>Close the period first.</translation>
    </message>
    <message>
        <source>The follow-up is six months after leaving: from {day} on.</source>
        <translation>The follow-up is six months after leaving: from {day} on.</translation>
    </message>
    <message>
        <source>Answer at least one question.</source>
        <translation>Answer at least one question.</translation>
    </message>
    <message>
        <source>The period has already been closed.</source>
        <translation>The period has already been closed.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start.</source>
        <translation>The end date cannot be before the start.</translation>
    </message>
    <message>
        <source>The end date cannot be in the future.</source>
        <translation>The end date cannot be in the future.</translation>
    </message>
    <message>
        <source>Choose the outcome of the period.</source>
        <translation>Choose the outcome of the period.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow viewing personal data.</source>
        <translation>Your role ({role}) does not allow viewing personal data.</translation>
    </message>
    <message>
        <source>Add at least one criterion.</source>
        <translation>Add at least one criterion.</translation>
    </message>
    <message>
        <source>At most {n} criteria.</source>
        <translation>At most {n} criteria.</translation>
    </message>
    <message>
        <source>Criterion {row}: the key is lower-case letters, digits and _, starting with a letter.</source>
        <translation>Criterion {row}: the key is lower-case letters, digits and _, starting with a letter.</translation>
    </message>
    <message>
        <source>Criterion {row}: the key {key} is used twice.</source>
        <translation>Criterion {row}: the key {key} is used twice.</translation>
    </message>
    <message>
        <source>Criterion {row}: give a name and a group.</source>
        <translation>Criterion {row}: give a name and a group.</translation>
    </message>
    <message>
        <source>Criterion {row}: the scale must run upwards within {low}–{high}.</source>
        <translation>Criterion {row}: the scale must run upwards within {low}–{high}.</translation>
    </message>
    <message>
        <source>Criterion {row}: a level description is outside the scale.</source>
        <translation>Criterion {row}: a level description is outside the scale.</translation>
    </message>
    <message>
        <source>Criterion {row}: unknown suitability dimension.</source>
        <translation>Criterion {row}: unknown suitability dimension.</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Name is required.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>At most {n} characters.</translation>
    </message>
    <message>
        <source>The assessment template no longer exists.</source>
        <translation>The assessment template no longer exists.</translation>
    </message>
    <message>
        <source>The personal identity code is a temporary one (900–999).</source>
        <translation>The personal identity code is a temporary one (900–999).</translation>
    </message>
    <message>
        <source>Birth date does not match the personal identity code.</source>
        <translation>Birth date does not match the personal identity code.</translation>
    </message>
    <message>
        <source>Another trainee already has this personal identity code.</source>
        <translation>Another trainee already has this personal identity code.</translation>
    </message>
    <message>
        <source>Birth date cannot be in the future.</source>
        <translation>Birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>Age must be {low}–{high} years.</source>
        <translation>Age must be {low}–{high} years.</translation>
    </message>
    <message>
        <source>Another coaching environment already has this name.</source>
        <translation>Another coaching environment already has this name.</translation>
    </message>
    <message>
        <source>Choose the kind of the environment.</source>
        <translation>Choose the kind of the environment.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>The phone number may contain digits, spaces, +, - and brackets.</source>
        <translation>The phone number may contain digits, spaces, +, - and brackets.</translation>
    </message>
    <message>
        <source>Choose at least one opening weekday.</source>
        <translation>Choose at least one opening weekday.</translation>
    </message>
    <message>
        <source>Every site needs a name.</source>
        <translation>Every site needs a name.</translation>
    </message>
    <message>
        <source>Choose coaches who work in the environment's municipality.</source>
        <translation>Choose coaches who work in the environment's municipality.</translation>
    </message>
    <message>
        <source>The municipality of a coaching environment cannot be changed.</source>
        <translation>The municipality of a coaching environment cannot be changed.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>The last day cannot be before the first.</translation>
    </message>
    <message>
        <source>Close at most a year at a time.</source>
        <translation>Close at most a year at a time.</translation>
    </message>
    <message>
        <source>Give languages as ISO codes, e.g. fi, ru, ar.</source>
        <translation>Give languages as ISO codes, e.g. fi, ru, ar.</translation>
    </message>
    <message>
        <source>Unknown target group.</source>
        <translation>Unknown target group.</translation>
    </message>
    <message>
        <source>Consent date cannot be in the future.</source>
        <translation>Consent date cannot be in the future.</translation>
    </message>
    <message>
        <source>Choose a municipality.</source>
        <translation>Choose a municipality.</translation>
    </message>
    <message>
        <source>Only a coordinator can add users.</source>
        <translation>Only a coordinator can add users.</translation>
    </message>
    <message>
        <source>A user name has 3–64 characters: a–z, 0–9, dot, hyphen or underscore.</source>
        <translation>A user name has 3–64 characters: a–z, 0–9, dot, hyphen or underscore.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>This user name is already taken.</translation>
    </message>
    <message>
        <source>Choose at least one municipality.</source>
        <translation>Choose at least one municipality.</translation>
    </message>
    <message>
        <source>No coaching environment “{name}”.</source>
        <translation>No coaching environment “{name}”.</translation>
    </message>
    <message>
        <source>The coaching environment no longer exists.</source>
        <translation>The coaching environment no longer exists.</translation>
    </message>
    <message>
        <source>Unknown attendance status.</source>
        <translation>Unknown attendance status.</translation>
    </message>
    <message>
        <source>Give the reason for the absence.</source>
        <translation>Give the reason for the absence.</translation>
    </message>
    <message>
        <source>Hours must be 0–12.</source>
        <translation>Hours must be 0–12.</translation>
    </message>
    <message>
        <source>A present trainee has more than 0 hours.</source>
        <translation>A present trainee has more than 0 hours.</translation>
    </message>
    <message>
        <source>Attendance cannot be recorded for a future day.</source>
        <translation>Attendance cannot be recorded for a future day.</translation>
    </message>
    <message>
        <source>The allowance for this month has been approved: give a reason for the change.</source>
        <translation>The allowance for this month has been approved: give a reason for the change.</translation>
    </message>
    <message>
        <source>The trainee has no active period here on this day.</source>
        <translation>The trainee has no active period here on this day.</translation>
    </message>
    <message>
        <source>Choose a task of this environment.</source>
        <translation>Choose a task of this environment.</translation>
    </message>
    <message>
        <source>{name}: over 8 hours in a day.</source>
        <translation>{name}: over 8 hours in a day.</translation>
    </message>
    <message>
        <source>{name}: under 4 hours is counted as attended.</source>
        <translation>{name}: under 4 hours is counted as attended.</translation>
    </message>
    <message>
        <source>{name}: more than {days} days attended in week {week}.</source>
        <translation>{name}: more than {days} days attended in week {week}.</translation>
    </message>
    <message>
        <source>A month can be approved once it has ended.</source>
        <translation>A month can be approved once it has ended.</translation>
    </message>
    <message>
        <source>This month has already been approved.</source>
        <translation>This month has already been approved.</translation>
    </message>
    <message>
        <source>The value must be {low}–{high}.</source>
        <translation>The value must be {low}–{high}.</translation>
    </message>
    <message>
        <source>The database has no users yet.</source>
        <translation>The database has no users yet.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, e.g. 2026-10 (not “{text}”).</source>
        <translation>Give the month as YYYY-MM, e.g. 2026-10 (not “{text}”).</translation>
    </message>
    <message>
        <source>The database has no current user: give one with --user.</source>
        <translation>The database has no current user: give one with --user.</translation>
    </message>
    <message>
        <source>The output file must end in {suffixes}.</source>
        <translation>The output file must end in {suffixes}.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} is a folder: give a file name.</translation>
    </message>
    <message>
        <source>Cannot write {path}: there is no folder {folder}.</source>
        <translation>Cannot write {path}: there is no folder {folder}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: no permission to write in {folder}.</source>
        <translation>Cannot write {path}: no permission to write in {folder}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>The database cannot be opened: no keyring is available to keep its encryption key (for example GNOME Keyring, KWallet, Windows Credential Manager or the macOS Keychain), or the keyring is locked. Sign in to the desktop or unlock the keyring, then try again. The data is never stored unencrypted.</source>
        <translation>The database cannot be opened: no keyring is available to keep its encryption key (for example GNOME Keyring, KWallet, Windows Credential Manager or the macOS Keychain), or the keyring is locked. Sign in to the desktop or unlock the keyring, then try again. The data is never stored unencrypted.</translation>
    </message>
    <message>
        <source>The database cannot be opened: the keyring in use ({backend}) keeps secrets in a plain file, which would let anyone who copies the files read the data. Use the desktop's own keyring (for example GNOME Keyring or KWallet).</source>
        <translation>The database cannot be opened: the keyring in use ({backend}) keeps secrets in a plain file, which would let anyone who copies the files read the data. Use the desktop's own keyring (for example GNOME Keyring or KWallet).</translation>
    </message>
    <message>
        <source>The database {path} is encrypted and its key is not in this computer's keyring. A database opens only for the user account and computer that made it: on another computer, sign in and sync to get the data from the server.</source>
        <translation>The database {path} is encrypted and its key is not in this computer's keyring. A database opens only for the user account and computer that made it: on another computer, sign in and sync to get the data from the server.</translation>
    </message>
    <message>
        <source>The key in this computer's keyring does not open the database {path}: the file is damaged or is not a TOIMI database.</source>
        <translation>The key in this computer's keyring does not open the database {path}: the file is damaged or is not a TOIMI database.</translation>
    </message>
    <message>
        <source>{path} is not a TOIMI database.</source>
        <translation>{path} is not a TOIMI database.</translation>
    </message>
    <message>
        <source>The database {path} is not yet encrypted and another program is using it. Close the other TOIMI windows and commands, then try again.</source>
        <translation>The database {path} is not yet encrypted and another program is using it. Close the other TOIMI windows and commands, then try again.</translation>
    </message>
    <message>
        <source>Give the date as YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Give the date as YYYY-MM-DD, e.g. 2026-11-22.</translation>
    </message>
    <message>
        <source>The number of demo trainees must be 1–{high}.</source>
        <translation>The number of demo trainees must be 1–{high}.</translation>
    </message>
    <message>
        <source>The database already has {trainees} trainees and {users} users. Demo data replaces them only when asked to (--replace), so use it on a test database only.</source>
        <translation>The database already has {trainees} trainees and {users} users. Demo data replaces them only when asked to (--replace), so use it on a test database only.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither (the two calendar weeks before this week).</source>
        <translation>Give both --from and --to, or neither (the two calendar weeks before this week).</translation>
    </message>
    <message>
        <source>The first day ({start}) is after the last day ({end}).</source>
        <translation>The first day ({start}) is after the last day ({end}).</translation>
    </message>
    <message>
        <source>The environment has no service package “{name}”.</source>
        <translation>The environment has no service package “{name}”.</translation>
    </message>
    <message>
        <source>The trainee has no continuation plan yet.</source>
        <translation>The trainee has no continuation plan yet.</translation>
    </message>
    <message>
        <source>“{key}” is not a criterion of this template.</source>
        <translation>“{key}” is not a criterion of this template.</translation>
    </message>
    <message>
        <source>{label}: give {low}–{high}.</source>
        <translation>{label}: give {low}–{high}.</translation>
    </message>
    <message>
        <source>This template has no self-assessment.</source>
        <translation>This template has no self-assessment.</translation>
    </message>
    <message>
        <source>Score at least one criterion.</source>
        <translation>Score at least one criterion.</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>The assessment no longer exists.</translation>
    </message>
    <message>
        <source>Choose an assessment template.</source>
        <translation>Choose an assessment template.</translation>
    </message>
    <message>
        <source>This template has been replaced by a newer version: use that.</source>
        <translation>This template has been replaced by a newer version: use that.</translation>
    </message>
    <message>
        <source>Choose the kind of assessment.</source>
        <translation>Choose the kind of assessment.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>The trainee had no coaching period on this day.</source>
        <translation>The trainee had no coaching period on this day.</translation>
    </message>
    <message>
        <source>This period already has an initial assessment with this template.</source>
        <translation>This period already has an initial assessment with this template.</translation>
    </message>
    <message>
        <source>The environment already has a package with this name.</source>
        <translation>The environment already has a package with this name.</translation>
    </message>
    <message>
        <source>The highest level cannot be below the lowest.</source>
        <translation>The highest level cannot be below the lowest.</translation>
    </message>
    <message>
        <source>Typical hours must be more than 0 and at most {high}.</source>
        <translation>Typical hours must be more than 0 and at most {high}.</translation>
    </message>
    <message>
        <source>The price per hour must be 0–{high} €.</source>
        <translation>The price per hour must be 0–{high} €.</translation>
    </message>
    <message>
        <source>Choose the tasks of the package.</source>
        <translation>Choose the tasks of the package.</translation>
    </message>
    <message>
        <source>Choose tasks of this environment.</source>
        <translation>Choose tasks of this environment.</translation>
    </message>
    <message>
        <source>“{task}” demands more than the package's highest levels.</source>
        <translation>“{task}” demands more than the package's highest levels.</translation>
    </message>
    <message>
        <source>“{task}” demands more than the package's lowest levels: those trainees need support or other tasks.</source>
        <translation>“{task}” demands more than the package's lowest levels: those trainees need support or other tasks.</translation>
    </message>
    <message>
        <source>A package cannot move to another environment.</source>
        <translation>A package cannot move to another environment.</translation>
    </message>
    <message>
        <source>Choose the path the plan aims at.</source>
        <translation>Choose the path the plan aims at.</translation>
    </message>
    <message>
        <source>Write the goal of the plan.</source>
        <translation>Write the goal of the plan.</translation>
    </message>
    <message>
        <source>The plan cannot be agreed in the future.</source>
        <translation>The plan cannot be agreed in the future.</translation>
    </message>
    <message>
        <source>The next review cannot be in the past.</source>
        <translation>The next review cannot be in the past.</translation>
    </message>
    <message>
        <source>At most {n} steps.</source>
        <translation>At most {n} steps.</translation>
    </message>
    <message>
        <source>Step {row}: say what is to be done.</source>
        <translation>Step {row}: say what is to be done.</translation>
    </message>
    <message>
        <source>Step {row} is too long.</source>
        <translation>Step {row} is too long.</translation>
    </message>
    <message>
        <source>Step {row}: unknown status.</source>
        <translation>Step {row}: unknown status.</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>The plan no longer exists.</translation>
    </message>
    <message>
        <source>Someone saved this plan in the meantime (version {version}). Nothing was overwritten: open the plan again and make your changes there.</source>
        <translation>Someone saved this plan in the meantime (version {version}). Nothing was overwritten: open the plan again and make your changes there.</translation>
    </message>
    <message>
        <source>A step has been removed in the meantime.</source>
        <translation>A step has been removed in the meantime.</translation>
    </message>
    <message>
        <source>That version of the plan does not exist.</source>
        <translation>That version of the plan does not exist.</translation>
    </message>
    <message>
        <source>Needs work-ability level {need}; the trainee is at {have}.</source>
        <translation>Needs work-ability level {need}; the trainee is at {have}.</translation>
    </message>
    <message>
        <source>A step up: needs skill level {need}, the trainee is at {have}. Possible with a coach beside.</source>
        <translation>A step up: needs skill level {need}, the trainee is at {have}. Possible with a coach beside.</translation>
    </message>
    <message>
        <source>Needs skill level {need}; the trainee is at {have}.</source>
        <translation>Needs skill level {need}; the trainee is at {have}.</translation>
    </message>
    <message>
        <source>Physically heavy; physical functioning was {score}/{high}.</source>
        <translation>Physically heavy; physical functioning was {score}/{high}.</translation>
    </message>
    <message>
        <source>Out of season: a summer task.</source>
        <translation>Out of season: a summer task.</translation>
    </message>
    <message>
        <source>Out of season: a winter task.</source>
        <translation>Out of season: a winter task.</translation>
    </message>
    <message>
        <source>Tried on {day}: suitable.</source>
        <translation>Tried on {day}: suitable.</translation>
    </message>
    <message>
        <source>Tried on {day}: suitable with support.</source>
        <translation>Tried on {day}: suitable with support.</translation>
    </message>
    <message>
        <source>Tried on {day}: not suitable.</source>
        <translation>Tried on {day}: not suitable.</translation>
    </message>
    <message>
        <source>Fits: skill {skill_need} ≤ {skill}, work ability {ability_need} ≤ {ability}.</source>
        <translation>Fits: skill {skill_need} ≤ {skill}, work ability {ability_need} ≤ {ability}.</translation>
    </message>
    <message>
        <source>The sync server {server} cannot be reached. Your changes are saved on this computer and sync when the connection returns.</source>
        <translation>The sync server {server} cannot be reached. Your changes are saved on this computer and sync when the connection returns.</translation>
    </message>
    <message>
        <source>The sync server had a problem ({status}). Your changes are saved on this computer; sync is tried again later.</source>
        <translation>The sync server had a problem ({status}). Your changes are saved on this computer; sync is tried again later.</translation>
    </message>
    <message>
        <source>This computer is not logged in to a sync server: log in first.</source>
        <translation>This computer is not logged in to a sync server: log in first.</translation>
    </message>
    <message>
        <source>The sync server no longer accepts this computer's login: log in again.</source>
        <translation>The sync server no longer accepts this computer's login: log in again.</translation>
    </message>
    <message>
        <source>This computer's access to the sync server has been revoked. Ask your coordinator; your unsynced changes stay on this computer.</source>
        <translation>This computer's access to the sync server has been revoked. Ask your coordinator; your unsynced changes stay on this computer.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Your user account on the sync server is not active.</source>
        <translation>Your user account on the sync server is not active.</translation>
    </message>
    <message>
        <source>The sync server refused: {reason}</source>
        <translation>The sync server refused: {reason}</translation>
    </message>
    <message>
        <source>This version of TOIMI Desktop is too old for the sync server. Please update the app.</source>
        <translation>This version of TOIMI Desktop is too old for the sync server. Please update the app.</translation>
    </message>
    <message>
        <source>The sync server is older than this app. Ask for the server to be updated.</source>
        <translation>The sync server is older than this app. Ask for the server to be updated.</translation>
    </message>
    <message>
        <source>No keyring is available to keep the sync login safely (for example GNOME Keyring or KWallet). Install or unlock one, then log in again. The login is never written to a file.</source>
        <translation>No keyring is available to keep the sync login safely (for example GNOME Keyring or KWallet). Install or unlock one, then log in again. The login is never written to a file.</translation>
    </message>
    <message>
        <source>“{server}” is not a server address: give one like https://toimi.example.fi</source>
        <translation>“{server}” is not a server address: give one like https://toimi.example.fi</translation>
    </message>
    <message>
        <source>The sync server sent an answer this app does not understand ({reason}).</source>
        <translation>The sync server sent an answer this app does not understand ({reason}).</translation>
    </message>
    <message>
        <source>Sync was cancelled; it continues from here next time.</source>
        <translation>Sync was cancelled; it continues from here next time.</translation>
    </message>
    <message>
        <source>The conflict was not found.</source>
        <translation>The conflict was not found.</translation>
    </message>
    <message>
        <source>You have no rights to every municipality of {area}.</source>
        <translation>You have no rights to every municipality of {area}.</translation>
    </message>
    <message>
        <source>Only a coordinator can summarise the whole project.</source>
        <translation>Only a coordinator can summarise the whole project.</translation>
    </message>
    <message>
        <source>No municipality “{name}”.</source>
        <translation>No municipality “{name}”.</translation>
    </message>
    <message>
        <source>No service area “{name}”.</source>
        <translation>No service area “{name}”.</translation>
    </message>
</context>
<context>
    <name>errors_dialog</name>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. The details are in the log file.</source>
        <translation>Something went wrong and nothing was saved. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Absences {start} – {end}</source>
        <translation>Absences {start} – {end}</translation>
    </message>
    <message>
        <source>Rehabilitative work activity, absence notification to Kela</source>
        <translation>Rehabilitative work activity, absence notification to Kela</translation>
    </message>
    <message>
        <source>All coaching environments you have access to</source>
        <translation>All coaching environments you have access to</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Reason code</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>No absences in this period.</source>
        <translation>No absences in this period.</translation>
    </message>
    <message>
        <source>Organiser: signature and name in block letters</source>
        <translation>Organiser: signature and name in block letters</translation>
    </message>
    <message>
        <source>Allowance report {month}</source>
        <translation>Allowance report {month}</translation>
    </message>
    <message>
        <source>{environment}, {municipality} – rehabilitative work activity</source>
        <translation>{environment}, {municipality} – rehabilitative work activity</translation>
    </message>
    <message>
        <source>Allowance {rate} € per day attended, at most {cap} days a calendar week.</source>
        <translation>Allowance {rate} € per day attended, at most {cap} days a calendar week.</translation>
    </message>
    <message>
        <source>Approved {when} by {who}.</source>
        <translation>Approved {when} by {who}.</translation>
    </message>
    <message>
        <source>Not yet approved.</source>
        <translation>Not yet approved.</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Days attended</translation>
    </message>
    <message>
        <source>Allowance days</source>
        <translation>Allowance days</translation>
    </message>
    <message>
        <source>Allowance €</source>
        <translation>Allowance €</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No rehabilitative work activity in this month.</source>
        <translation>No rehabilitative work activity in this month.</translation>
    </message>
    <message>
        <source>Work coach: signature and name in block letters</source>
        <translation>Work coach: signature and name in block letters</translation>
    </message>
    <message>
        <source>Approved by: signature and name in block letters</source>
        <translation>Approved by: signature and name in block letters</translation>
    </message>
    <message>
        <source>Absence days by reason</source>
        <translation>Absence days by reason</translation>
    </message>
    <message>
        <source>Attendance sheet {month}</source>
        <translation>Attendance sheet {month}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Work task</source>
        <translation>Work task</translation>
    </message>
    <message>
        <source>Days attended {days}, hours {hours}, absence days {absent}.</source>
        <translation>Days attended {days}, hours {hours}, absence days {absent}.</translation>
    </message>
    <message>
        <source>Trainee: signature</source>
        <translation>Trainee: signature</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Page {page} / {pages}</translation>
    </message>
    <message>
        <source>Produced {when} by {who}</source>
        <translation>Produced {when} by {who}</translation>
    </message>
    <message>
        <source>Continuation plan</source>
        <translation>Continuation plan</translation>
    </message>
    <message>
        <source>{name}, born {birth}</source>
        <translation>{name}, born {birth}</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Coaching period</source>
        <translation>Coaching period</translation>
    </message>
    <message>
        <source>{environment}, {kind}, {start}–{end}</source>
        <translation>{environment}, {kind}, {start}–{end}</translation>
    </message>
    <message>
        <source>Career agent</source>
        <translation>Career agent</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Agreed with the trainee</source>
        <translation>Agreed with the trainee</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>{version}, saved {when} by {who}</source>
        <translation>{version}, saved {when} by {who}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No steps written.</source>
        <translation>No steps written.</translation>
    </message>
    <message>
        <source>Services referred to</source>
        <translation>Services referred to</translation>
    </message>
    <message>
        <source>We have made this plan together. The trainee has received a copy of it.</source>
        <translation>We have made this plan together. The trainee has received a copy of it.</translation>
    </message>
    <message>
        <source>Trainee: signature and name in block letters</source>
        <translation>Trainee: signature and name in block letters</translation>
    </message>
    <message>
        <source>Career agent: signature and name in block letters</source>
        <translation>Career agent: signature and name in block letters</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>Service card: {name}</source>
        <translation>Service card: {name}</translation>
    </message>
    <message>
        <source>{environment}, {municipality}</source>
        <translation>{environment}, {municipality}</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>Contact: {contact}</translation>
    </message>
    <message>
        <source>Work service packages</source>
        <translation>Work service packages</translation>
    </message>
    <message>
        <source>Task catalogue</source>
        <translation>Task catalogue</translation>
    </message>
    <message>
        <source>No work service packages yet.</source>
        <translation>No work service packages yet.</translation>
    </message>
    <message>
        <source>No tasks in use.</source>
        <translation>No tasks in use.</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>Suits</translation>
    </message>
    <message>
        <source>skill levels {low}–{high}</source>
        <translation>skill levels {low}–{high}</translation>
    </message>
    <message>
        <source>work-ability levels {low}–{high}</source>
        <translation>work-ability levels {low}–{high}</translation>
    </message>
    <message>
        <source>Typical hours</source>
        <translation>Typical hours</translation>
    </message>
    <message>
        <source>Internal price</source>
        <translation>Internal price</translation>
    </message>
    <message>
        <source>{price} € / h, typically {total} €</source>
        <translation>{price} € / h, typically {total} €</translation>
    </message>
    <message>
        <source>{price} € / h</source>
        <translation>{price} € / h</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>Done so far</translation>
    </message>
    <message>
        <source>Orders done: {orders}, feedback {score} / 5 on average</source>
        <translation>Orders done: {orders}, feedback {score} / 5 on average</translation>
    </message>
    <message>
        <source>Orders done: {orders}</source>
        <translation>Orders done: {orders}</translation>
    </message>
    <message>
        <source>No orders done yet</source>
        <translation>No orders done yet</translation>
    </message>
    <message>
        <source>Tasks included</source>
        <translation>Tasks included</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Skill / work ability</source>
        <translation>Skill / work ability</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Season</translation>
    </message>
    <message>
        <source>Physical load</source>
        <translation>Physical load</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>group work</source>
        <translation>group work</translation>
    </message>
    <message>
        <source>induction needed</source>
        <translation>induction needed</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>Work-ability demand</source>
        <translation>Work-ability demand</translation>
    </message>
    <message>
        <source>The whole TOIMI project</source>
        <translation>The whole TOIMI project</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Not asked or declined</source>
        <translation>Not asked or declined</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>