<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Who has used whose data: views of records, shown personal identity codes, printouts and exports, sign-ins. Refused attempts are in red. The log cannot be changed or deleted.</source>
        <translation>Who has used whose data: views of records, shown personal identity codes, printouts and exports, sign-ins. Refused attempts are in red. The log cannot be changed or deleted.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Whose data: name or whole identity code</source>
        <translation>Whose data: name or whole identity code</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Whose data</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>Refused only</translation>
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
        <source>Open the person</source>
        <translation>Open the person</translation>
    </message>
    <message>
        <source>Access report of the person…</source>
        <translation>Access report of the person…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The newest {n} rows: narrow the search to see older ones.</source>
        <translation>The newest {n} rows: narrow the search to see older ones.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Whose data</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>unknown user name</translation>
    </message>
    <message>
        <source>(no longer here)</source>
        <translation>(no longer here)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>The first account of a new database is a coordinator, who sees the whole project and can add other users.</source>
        <translation>The first account of a new database is a coordinator, who sees the whole project and can add other users.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <source>At least 8 characters. You sign in with it on this computer; only a verifier of it is kept, never the password.</source>
        <translation>At least 8 characters. You sign in with it on this computer; only a verifier of it is kept, never the password.</translation>
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
        <source>3–64 characters: a–z, 0–9, dot, hyphen or underscore.</source>
        <translation>3–64 characters: a–z, 0–9, dot, hyphen or underscore.</translation>
    </message>
</context>
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
        <source>Change by criterion</source>
        <translation>Change by criterion</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
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
        <source>Attendance calendar</source>
        <translation>Attendance calendar</translation>
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
        <source>Whole personal identity codes (the copy for Kela; logged)</source>
        <translation>Whole personal identity codes (the copy for Kela; logged)</translation>
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
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the day, week or month shown as an Excel or CSV file</source>
        <translation>Save the day, week or month shown as an Excel or CSV file</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
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
        <source>Close the coaching period: {name}</source>
        <translation>Close the coaching period: {name}</translation>
    </message>
    <message>
        <source>Close the coaching period</source>
        <translation>Close the coaching period</translation>
    </message>
    <message>
        <source>{environment}, {kind}, started {start}, planned to end {planned_end}</source>
        <translation>{environment}, {kind}, started {start}, planned to end {planned_end}</translation>
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
    <message>
        <source>Close the period</source>
        <translation>Close the period</translation>
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
        <source>{record} – {field}</source>
        <translation>{record} – {field}</translation>
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
    <name>ConflictsBox</name>
    <message>
        <source>Texts edited on two devices (double-click to choose)</source>
        <translation>Texts edited on two devices (double-click to choose)</translation>
    </message>
    <message>
        <source>{record} – {field}: “{text}” by {name}</source>
        <translation>{record} – {field}: “{text}” by {name}</translation>
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
    <name>DataActions</name>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Import from a spreadsheet…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>TOIMI backup (*.db)</source>
        <translation>TOIMI backup (*.db)</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>TOIMI backup (*.db);;All files (*)</source>
        <translation>TOIMI backup (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore the backup {file}?

It has {trainees} trainees; its last change was made on {date}. Changes made after the backup that have not been synced are lost.

The current database is kept beside it as a copy. TOIMI Desktop closes and starts again to finish the restore.</source>
        <translation>Restore the backup {file}?

It has {trainees} trainees; its last change was made on {date}. Changes made after the backup that have not been synced are lost.

The current database is kept beside it as a copy. TOIMI Desktop closes and starts again to finish the restore.</translation>
    </message>
    <message numerus="yes">
        <source>No backup yet and %Ln change(s) not synced.</source>
        <translation>
            <numerusform>No backup yet and %Ln change not synced.</numerusform>
            <numerusform>No backup yet and %Ln changes not synced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup {date}; %Ln change(s) not synced.</source>
        <translation>
            <numerusform>Last backup {date}; %Ln change not synced.</numerusform>
            <numerusform>Last backup {date}; %Ln changes not synced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
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
        <source>not due today</source>
        <translation>not due today</translation>
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
        <source>Not due on this weekday: comes {days}. You can still mark the day.</source>
        <translation>Not due on this weekday: comes {days}. You can still mark the day.</translation>
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
        <source>Attendance of the day</source>
        <translation>Attendance of the day</translation>
    </message>
    <message>
        <source>No trainee has a coaching period here on this day.</source>
        <translation>No trainee has a coaching period here on this day.</translation>
    </message>
    <message>
        <source>All remaining present</source>
        <translation>All remaining present</translation>
    </message>
    <message>
        <source>Mark every trainee due today without a mark present (Ctrl+Shift+P); those not due on this weekday (grey) are left as they are</source>
        <translation>Mark every trainee due today without a mark present (Ctrl+Shift+P); those not due on this weekday (grey) are left as they are</translation>
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
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Invented people only: personal identity codes are from the temporary range 900–999.</source>
        <translation>Invented people only: personal identity codes are from the temporary range 900–999.</translation>
    </message>
    <message>
        <source>Creating the demo database</source>
        <translation>Creating the demo database</translation>
    </message>
    <message>
        <source>The demo database is ready.</source>
        <translation>The demo database is ready.</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Creating the demo database…</translation>
    </message>
    <message>
        <source>The demo database could not be created.</source>
        <translation>The demo database could not be created.</translation>
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
        <source>Plan step: {what}</source>
        <translation>Plan step: {what}</translation>
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
    <name>EditPeriodDialog</name>
    <message>
        <source>Change the coaching period</source>
        <translation>Change the coaching period</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recorded attendance stays as it is; the new hours and weekdays apply to the days marked from now on.</source>
        <translation>Recorded attendance stays as it is; the new hours and weekdays apply to the days marked from now on.</translation>
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
    <message>
        <source>Coaching environments</source>
        <translation>Coaching environments</translation>
    </message>
    <message>
        <source>The selected environment</source>
        <translation>The selected environment</translation>
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
    <name>EsfPanel</name>
    <message>
        <source>ESF+ reporting</source>
        <translation>ESF+ reporting</translation>
    </message>
    <message>
        <source>Participants of the range above with their entry data and results, and the indicators by gender.</source>
        <translation>Participants of the range above with their entry data and results, and the indicators by gender.</translation>
    </message>
    <message>
        <source>Export ESF+ data…</source>
        <translation>Export ESF+ data…</translation>
    </message>
    <message>
        <source>Trainees with missing entry data…</source>
        <translation>Trainees with missing entry data…</translation>
    </message>
    <message>
        <source>esf-participants-{start}-{end}</source>
        <translation>esf-participants-{start}-{end}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Save the ESF+ export</source>
        <translation>Save the ESF+ export</translation>
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
    <name>FailuresBox</name>
    <message>
        <source>Records from the server not stored on this computer</source>
        <translation>Records from the server not stored on this computer</translation>
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
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>The demo database is at {path}. You act as the project coordinator; File → Switch user lets you try the other roles, e.g. a work coach in Rääkkylä. Every demo user's password is “demo”.</source>
        <translation>The demo database is at {path}. You act as the project coordinator; File → Switch user lets you try the other roles, e.g. a work coach in Rääkkylä. Every demo user's password is “demo”.</translation>
    </message>
    <message>
        <source>You are logged in as {user}. Your data is kept at {path} and synchronised with the server in the background: the first synchronisation starts when the main window opens.</source>
        <translation>You are logged in as {user}. Your data is kept at {path} and synchronised with the server in the background: the first synchronisation starts when the main window opens.</translation>
    </message>
    <message>
        <source>Your database is at {path}. You are its coordinator.</source>
        <translation>Your database is at {path}. You are its coordinator.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; Attendance (Ctrl+2) records the day: one key per trainee, P for present. The user guide (Help → User guide, F1) explains every section.</source>
        <translation>&lt;b&gt;Next:&lt;/b&gt; Attendance (Ctrl+2) records the day: one key per trainee, P for present. The user guide (Help → User guide, F1) explains every section.</translation>
    </message>
    <message>
        <source>TOIMI Desktop opens this database the next time it starts.</source>
        <translation>TOIMI Desktop opens this database the next time it starts.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>TOIMI Desktop – first start</source>
        <translation>TOIMI Desktop – first start</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Start using TOIMI</source>
        <translation>&amp;Start using TOIMI</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>At least 8 characters. Only a verifier of it is kept on this computer, never the password.</source>
        <translation>At least 8 characters. Only a verifier of it is kept on this computer, never the password.</translation>
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
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the list shown as an Excel or CSV file</source>
        <translation>Save the list shown as an Excel or CSV file</translation>
    </message>
    <message>
        <source>Plans of open periods whose next review is past or within 14 days.</source>
        <translation>Plans of open periods whose next review is past or within 14 days.</translation>
    </message>
    <message>
        <source>Steps of current plans that are still open after their due date.</source>
        <translation>Steps of current plans that are still open after their due date.</translation>
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
        <source>Steps overdue (%n)</source>
        <translation>
            <numerusform>Steps overdue (%n)</numerusform>
            <numerusform>Steps overdue (%n)</numerusform>
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
    <name>GridPage</name>
    <message>
        <source>Attendance by trainee and day</source>
        <translation>Attendance by trainee and day</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>An Excel (.xlsx) or CSV file</source>
        <translation>An Excel (.xlsx) or CSV file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>The file holds</translation>
    </message>
    <message>
        <source>The file &amp;holds</source>
        <translation>The file &amp;holds</translation>
    </message>
    <message>
        <source>Choose what each column is (* required). The first rows of the file:</source>
        <translation>Choose what each column is (* required). The first rows of the file:</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Check report</translation>
    </message>
    <message>
        <source>Show &amp;warnings too</source>
        <translation>Show &amp;warnings too</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Chec&amp;k again</translation>
    </message>
    <message>
        <source>Import &amp;valid rows</source>
        <translation>Import &amp;valid rows</translation>
    </message>
    <message>
        <source>Import only if &amp;all are valid</source>
        <translation>Import only if &amp;all are valid</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>The columns changed: check the file again.</source>
        <translation>The columns changed: check the file again.</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <source>Importing rows…</source>
        <translation>Importing rows…</translation>
    </message>
    <message>
        <source>Warnings: {count} (e.g. {example})</source>
        <translation>Warnings: {count} (e.g. {example})</translation>
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
    <name>LanguagePage</name>
    <message>
        <source>Welcome to TOIMI Desktop</source>
        <translation>Welcome to TOIMI Desktop</translation>
    </message>
    <message>
        <source>Choose the language of the program. You can change it later in File → Settings.</source>
        <translation>Choose the language of the program. You can change it later in File → Settings.</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language: 24.3.2026 and 4,5 in Finnish, 24/03/2026 and 4.5 in English.</source>
        <translation>Dates and numbers follow the language: 24.3.2026 and 4,5 in Finnish, 24/03/2026 and 4.5 in English.</translation>
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
        <source>Aa</source>
        <comment>a sample of the grey italic text of rows not due</comment>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Not due on this weekday</source>
        <translation>Not due on this weekday</translation>
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
    <name>ListExport</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save this list as an Excel or CSV file</source>
        <translation>Save this list as an Excel or CSV file</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n row exported to {path}</numerusform>
            <numerusform>%n rows exported to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>TOIMI Desktop is locked</source>
        <translation>TOIMI Desktop is locked</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Signed in as {name}. Your work is kept as it was: type your password to continue.</source>
        <translation>Signed in as {name}. Your work is kept as it was: type your password to continue.</translation>
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
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
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
        <source>Sections</source>
        <translation>Sections</translation>
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
        <source>&amp;Access log…</source>
        <translation>&amp;Access log…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
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
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About TOIMI Desktop</source>
        <translation>&amp;About TOIMI Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide could not be opened. It is the file {path}.</source>
        <translation>The user guide could not be opened. It is the file {path}.</translation>
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
    <name>MappingPreview</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Field of column {name}</source>
        <translation>Field of column {name}</translation>
    </message>
    <message>
        <source>– not imported –</source>
        <translation>– not imported –</translation>
    </message>
</context>
<context>
    <name>MissingDataDialog</name>
    <message>
        <source>Missing ESF+ entry data</source>
        <translation>Missing ESF+ entry data</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) in coaching {start}–{end} lack ESF+ entry data. Double-click a row to open the trainee and complete it. Disability and minority may be declined and are not listed.</source>
        <translation>
            <numerusform>%n trainee in coaching {start}–{end} lack ESF+ entry data. Double-click a row to open the trainee and complete it. Disability and minority may be declined and are not listed.</numerusform>
            <numerusform>%n trainees in coaching {start}–{end} lack ESF+ entry data. Double-click a row to open the trainee and complete it. Disability and minority may be declined and are not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <source>Overlapping orders</source>
        <translation>Overlapping orders</translation>
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
    <message>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Search orders</translation>
    </message>
    <message>
        <source>The selected order</source>
        <translation>The selected order</translation>
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
    <message>
        <source>Service packages</source>
        <translation>Service packages</translation>
    </message>
    <message>
        <source>The selected package</source>
        <translation>The selected package</translation>
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
    <name>PauseDialog</name>
    <message>
        <source>Pause the coaching period</source>
        <translation>Pause the coaching period</translation>
    </message>
    <message>
        <source>e.g. sick leave, a rehabilitation course</source>
        <translation>e.g. sick leave, a rehabilitation course</translation>
    </message>
    <message>
        <source>Paused from</source>
        <translation>Paused from</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>While the period is paused, the trainee is on no day sheet and no attendance can be recorded. Resume it when the trainee is back.</source>
        <translation>While the period is paused, the trainee is on no day sheet and no attendance can be recorded. Resume it when the trainee is back.</translation>
    </message>
    <message>
        <source>Pause the period</source>
        <translation>Pause the period</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Print the summary</translation>
    </message>
</context>
<context>
    <name>PeriodEditDialogs</name>
    <message>
        <source>{environment}, {kind}, started {start}</source>
        <translation>{environment}, {kind}, started {start}</translation>
    </message>
</context>
<context>
    <name>PeriodPlanDialog</name>
    <message>
        <source>e.g. Cleaning services, 3 months</source>
        <translation>e.g. Cleaning services, 3 months</translation>
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
        <source>Weekdays</source>
        <translation>Weekdays</translation>
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
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
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
        <source>Orders of the day</source>
        <translation>Orders of the day</translation>
    </message>
    <message>
        <source>Trainees of the day</source>
        <translation>Trainees of the day</translation>
    </message>
    <message>
        <source>Open orders on the day</source>
        <translation>Open orders on the day</translation>
    </message>
    <message>
        <source>Trainees and tasks</source>
        <translation>Trainees and tasks</translation>
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
    <name>RefusalsBox</name>
    <message>
        <source>Changes the server refused</source>
        <translation>Changes the server refused</translation>
    </message>
    <message>
        <source>Open the existing person</source>
        <translation>Open the existing person</translation>
    </message>
    <message>
        <source>Merge this copy into the existing person…</source>
        <translation>Merge this copy into the existing person…</translation>
    </message>
    <message>
        <source>Send refused changes again</source>
        <translation>Send refused changes again</translation>
    </message>
    <message>
        <source>Merge the copy</source>
        <translation>Merge the copy</translation>
    </message>
    <message>
        <source>Everything recorded on this computer for {copy} (periods, attendance, assessments, plans) moves to {person}, who is already in the register, and the copy is removed. Merge?</source>
        <translation>Everything recorded on this computer for {copy} (periods, attendance, assessments, plans) moves to {person}, who is already in the register, and the copy is removed. Merge?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved to {person}.</source>
        <translation>
            <numerusform>%n record moved to {person}.</numerusform>
            <numerusform>%n records moved to {person}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %n day(s) both had an attendance entry: the existing person's entry was kept.</source>
        <translation>
            <numerusform>On %n day both had an attendance entry: the existing person's entry was kept.</numerusform>
            <numerusform>On %n days both had an attendance entry: the existing person's entry was kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
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
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
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
    <message>
        <source>Register</source>
        <translation>Register</translation>
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
    <name>RemoveAttendanceBox</name>
    <message>
        <source>Attendance recorded</source>
        <translation>Attendance recorded</translation>
    </message>
    <message numerus="yes">
        <source>Remove those %n day(s) of attendance and go on? The removal is logged; the allowance and absence reports no longer count them.</source>
        <translation>
            <numerusform>Remove those %n day of attendance and go on? The removal is logged; the allowance and absence reports no longer count them.</numerusform>
            <numerusform>Remove those %n days of attendance and go on? The removal is logged; the allowance and absence reports no longer count them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove and {action}</source>
        <translation>Remove and {action}</translation>
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
    <name>ReportModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Last full quarter</source>
        <translation>Last full quarter</translation>
    </message>
    <message>
        <source>The quarter before it</source>
        <translation>The quarter before it</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>This quarter so far</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Last full month</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Other dates</translation>
    </message>
    <message>
        <source>Create summary</source>
        <translation>Create summary</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
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
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Progress summary</translation>
    </message>
    <message>
        <source>Trainees, exits and results, attendance, progress, work done for departments and plans, beside the previous range of equal length.</source>
        <translation>Trainees, exits and results, attendance, progress, work done for departments and plans, beside the previous range of equal length.</translation>
    </message>
    <message>
        <source>Choose the area and the range, then “Create summary”. The pages appear here to read, save and print.</source>
        <translation>Choose the area and the range, then “Create summary”. The pages appear here to read, save and print.</translation>
    </message>
    <message>
        <source>No figure identifies anyone: a figure from fewer than {n} persons is shown as “&lt;{n}”, and no names or personal identity codes are included.</source>
        <translation>No figure identifies anyone: a figure from fewer than {n} persons is shown as “&lt;{n}”, and no names or personal identity codes are included.</translation>
    </message>
    <message>
        <source>Your user has no municipality to summarise.</source>
        <translation>Your user has no municipality to summarise.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>The first day is after the last day.</translation>
    </message>
    <message>
        <source>progress-summary-{scope}-{start}-{end}</source>
        <translation>progress-summary-{scope}-{start}-{end}</translation>
    </message>
    <message>
        <source>Creating the summary…</source>
        <translation>Creating the summary…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <source>{scope}, {start}–{end}: %n page(s).</source>
        <translation>
            <numerusform>{scope}, {start}–{end}: %n page.</numerusform>
            <numerusform>{scope}, {start}–{end}: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The summary could not be created.</source>
        <translation>The summary could not be created.</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume the coaching period</source>
        <translation>Resume the coaching period</translation>
    </message>
    <message>
        <source>Paused since {day}</source>
        <translation>Paused since {day}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>Back on</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>ServerPage</name>
    <message>
        <source>Log in to your organisation's server</source>
        <translation>Log in to your organisation's server</translation>
    </message>
    <message>
        <source>You log in once on this computer; the login is kept in the system keyring, never in a file.</source>
        <translation>You log in once on this computer; the login is kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <source>Your coordinator gives the server address, e.g. https://toimi.joensuu.fi, and your user name.</source>
        <translation>Your coordinator gives the server address, e.g. https://toimi.joensuu.fi, and your user name.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Project settings</translation>
    </message>
    <message>
        <source>Only a coordinator can change these.</source>
        <translation>Only a coordinator can change these.</translation>
    </message>
    <message>
        <source>Allowed {low}–{high}.</source>
        <translation>Allowed {low}–{high}.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>The language and text size change when TOIMI Desktop starts again.</source>
        <translation>The language and text size change when TOIMI Desktop starts again.</translation>
    </message>
    <message>
        <source>Run the first-start &amp;wizard again…</source>
        <translation>Run the first-start &amp;wizard again…</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>not set up</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Logged in as</translation>
    </message>
    <message>
        <source>Log in to a server…</source>
        <translation>Log in to a server…</translation>
    </message>
    <message>
        <source>Change the server or log in again…</source>
        <translation>Change the server or log in again…</translation>
    </message>
    <message>
        <source>The address is checked and saved when the server accepts your login.</source>
        <translation>The address is checked and saved when the server accepts your login.</translation>
    </message>
    <message>
        <source>Assessment templates</source>
        <translation>Assessment templates</translation>
    </message>
    <message>
        <source>The criteria and scales of assessments are versioned templates, edited in the Assessments section.</source>
        <translation>The criteria and scales of assessments are versioned templates, edited in the Assessments section.</translation>
    </message>
    <message>
        <source>&amp;Open the templates</source>
        <translation>&amp;Open the templates</translation>
    </message>
    <message>
        <source>The new language and text size are used when you start TOIMI Desktop again.</source>
        <translation>The new language and text size are used when you start TOIMI Desktop again.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Sign in to TOIMI Desktop</source>
        <translation>Sign in to TOIMI Desktop</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password. Everything you open in the app is logged under your name.</source>
        <translation>Sign in with your own user name and password. Everything you open in the app is logged under your name.</translation>
    </message>
    <message>
        <source>e.g. mvirtanen</source>
        <translation>e.g. mvirtanen</translation>
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
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Demo database: every demo user's password is “demo”. The README lists the users of each role.</source>
        <translation>Demo database: every demo user's password is “demo”. The README lists the users of each role.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>You can run this wizard again later from File → Settings.</source>
        <translation>You can run this wizard again later from File → Settings.</translation>
    </message>
    <message>
        <source>&amp;Try it with demo data</source>
        <translation>&amp;Try it with demo data</translation>
    </message>
    <message>
        <source>Invented trainees, coaches and attendance in all 13 North Karelian municipalities. Nothing is sent anywhere: good for learning and training.</source>
        <translation>Invented trainees, coaches and attendance in all 13 North Karelian municipalities. Nothing is sent anywhere: good for learning and training.</translation>
    </message>
    <message>
        <source>&amp;Connect to my organisation's server</source>
        <translation>&amp;Connect to my organisation's server</translation>
    </message>
    <message>
        <source>Your coordinator gives you the server address and your user name. Your trainees and colleagues' records arrive from the server.</source>
        <translation>Your coordinator gives you the server address and your user name. Your trainees and colleagues' records arrive from the server.</translation>
    </message>
    <message>
        <source>Use a database on this &amp;computer only</source>
        <translation>Use a database on this &amp;computer only</translation>
    </message>
    <message>
        <source>An empty database that is not synchronised. You become its first coordinator and can add the rest yourself.</source>
        <translation>An empty database that is not synchronised. You become its first coordinator and can add the rest yourself.</translation>
    </message>
    <message>
        <source>Your data is kept in {folder}</source>
        <translation>Your data is kept in {folder}</translation>
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
        <source>Start period</source>
        <translation>Start period</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>SubjectAccess</name>
    <message>
        <source>Export all data of {name}</source>
        <translation>Export all data of {name}</translation>
    </message>
    <message>
        <source>data-{name}</source>
        <translation>data-{name}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>JSON, machine-readable (*.json)</source>
        <translation>JSON, machine-readable (*.json)</translation>
    </message>
    <message>
        <source>Access report of {name}</source>
        <translation>Access report of {name}</translation>
    </message>
    <message>
        <source>access-report-{name}</source>
        <translation>access-report-{name}</translation>
    </message>
</context>
<context>
    <name>SuitabilityPage</name>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Suitable tasks</source>
        <translation>Suitable tasks</translation>
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
    <message>
        <source>Work tasks</source>
        <translation>Work tasks</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <source>The selected task</source>
        <translation>The selected task</translation>
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
        <source>Assessment templates</source>
        <translation>Assessment templates</translation>
    </message>
    <message>
        <source>Criteria of the selected template</source>
        <translation>Criteria of the selected template</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
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
    <message>
        <source>{code} (kept; type a new code to change it)</source>
        <translation>{code} (kept; type a new code to change it)</translation>
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
        <source>Change period…</source>
        <translation>Change period…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>Export all data…</source>
        <translation>Export all data…</translation>
    </message>
    <message>
        <source>Everything about this person as a readable PDF or a machine-readable JSON file (a subject access request)</source>
        <translation>Everything about this person as a readable PDF or a machine-readable JSON file (a subject access request)</translation>
    </message>
    <message>
        <source>Access report…</source>
        <translation>Access report…</translation>
    </message>
    <message>
        <source>Who has seen this person's data, and when</source>
        <translation>Who has seen this person's data, and when</translation>
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
        <source>Show the whole personal identity code (each showing is logged)</source>
        <translation>Show the whole personal identity code (each showing is logged)</translation>
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
        <source>Coaching periods {name}</source>
        <translation>Coaching periods {name}</translation>
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
        <source>Pauses</source>
        <translation>Pauses</translation>
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
        <source>Resume…</source>
        <translation>Resume…</translation>
    </message>
    <message>
        <source>{hours} h a day, {days} days a week: {weekdays}</source>
        <translation>{hours} h a day, {days} days a week: {weekdays}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>from {start}, still paused</source>
        <translation>from {start}, still paused</translation>
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
    <name>UnsavedBox</name>
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
    <name>WeekdayPicker</name>
    <message>
        <source>The coaching environment does not work on this weekday.</source>
        <translation>The coaching environment does not work on this weekday.</translation>
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
    <message>
        <source>Restored from the backup; the previous database was kept as {path}.</source>
        <translation>Restored from the backup; the previous database was kept as {path}.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the database file</source>
        <translation>the database file</translation>
    </message>
    <message>
        <source>act as this user, who signs in with their password (from $TOIMI_PASSWORD, a prompt or standard input; default user: the database's current one)</source>
        <translation>act as this user, who signs in with their password (from $TOIMI_PASSWORD, a prompt or standard input; default user: the database's current one)</translation>
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
        <source>Sign in as “koordinaattori” with the password “{password}” (every demo user has it); `toimi users --db {path}` lists everyone.</source>
        <translation>Sign in as “koordinaattori” with the password “{password}” (every demo user has it); `toimi users --db {path}` lists everyone.</translation>
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
        <source>the trainee: id, HETU or “Last First”</source>
        <translation>the trainee: id, HETU or “Last First”</translation>
    </message>
    <message>
        <source>a person's access report (PDF)</source>
        <translation>a person's access report (PDF)</translation>
    </message>
    <message>
        <source>Who has used a person's data, when, with which role and with what outcome, and who changed it: for a subject access request (coordinators).</source>
        <translation>Who has used a person's data, when, with which role and with what outcome, and who changed it: for a subject access request (coordinators).</translation>
    </message>
    <message>
        <source>everything about one trainee (PDF or JSON)</source>
        <translation>everything about one trainee (PDF or JSON)</translation>
    </message>
    <message>
        <source>Everything stored about one trainee — record, periods and outcomes, attendance, assessments, plans and their versions, changes and the access log — as a readable PDF or a machine-readable JSON file (subject access and portability; coordinators).</source>
        <translation>Everything stored about one trainee — record, periods and outcomes, attendance, assessments, plans and their versions, changes and the access log — as a readable PDF or a machine-readable JSON file (subject access and portability; coordinators).</translation>
    </message>
    <message>
        <source>the output file, .pdf or .json</source>
        <translation>the output file, .pdf or .json</translation>
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
        <source>write a report (PDF/CSV)</source>
        <translation>write a report (PDF/CSV)</translation>
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
        <source>show whole personal identity codes (the copy sent to Kela; each is logged as shown)</source>
        <translation>show whole personal identity codes (the copy sent to Kela; each is logged as shown)</translation>
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
        <source>Synced in {seconds} s: sent {pushed}, refused {refused}, received {pulled} records ({kb} kB on the wire).</source>
        <translation>Synced in {seconds} s: sent {pushed}, refused {refused}, received {pulled} records ({kb} kB on the wire).</translation>
    </message>
    <message>
        <source>1 text edited on two devices: both versions are kept until someone chooses in the app.</source>
        <translation>1 text edited on two devices: both versions are kept until someone chooses in the app.</translation>
    </message>
    <message>
        <source>{n} texts edited on two devices: both versions are kept until someone chooses in the app.</source>
        <translation>{n} texts edited on two devices: both versions are kept until someone chooses in the app.</translation>
    </message>
    <message>
        <source>Changes the server refused (they wait on this computer):</source>
        <translation>Changes the server refused (they wait on this computer):</translation>
    </message>
    <message>
        <source>Records from the server not stored on this computer (tried again at every sync):</source>
        <translation>Records from the server not stored on this computer (tried again at every sync):</translation>
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
        <source>the steering group's progress summary (PDF)</source>
        <translation>the steering group's progress summary (PDF)</translation>
    </message>
    <message>
        <source>The progress summary of a municipality, a service area or the whole project for a date range, beside the previous range of equal length. Figures from fewer people than the threshold are suppressed. Without --from and --to: the last full quarter.</source>
        <translation>The progress summary of a municipality, a service area or the whole project for a date range, beside the previous range of equal length. Figures from fewer people than the threshold are suppressed. Without --from and --to: the last full quarter.</translation>
    </message>
    <message>
        <source>a municipality's name or code, e.g. Joensuu</source>
        <translation>a municipality's name or code, e.g. Joensuu</translation>
    </message>
    <message>
        <source>a service area's name, e.g. "Pielisen Karjala"</source>
        <translation>a service area's name, e.g. "Pielisen Karjala"</translation>
    </message>
    <message>
        <source>the whole project (coordinators)</source>
        <translation>the whole project (coordinators)</translation>
    </message>
    <message>
        <source>export data (ESF+ reporting, one trainee's data)</source>
        <translation>export data (ESF+ reporting, one trainee's data)</translation>
    </message>
    <message>
        <source>Export data: the ESF+ reporting to the funder, or everything about one trainee.</source>
        <translation>Export data: the ESF+ reporting to the funder, or everything about one trainee.</translation>
    </message>
    <message>
        <source>ESF+ participant data and indicators (XLSX/CSV, coordinators)</source>
        <translation>ESF+ participant data and indicators (XLSX/CSV, coordinators)</translation>
    </message>
    <message>
        <source>Per participant the ESF+ entry data, the results on leaving and six months after, and the indicators by gender, for participants in the date range. The XLSX has a sheet for each; the CSV has the participants. Coordinators only; the export is logged.</source>
        <translation>Per participant the ESF+ entry data, the results on leaving and six months after, and the indicators by gender, for participants in the date range. The XLSX has a sheet for each; the CSV has the participants. Coordinators only; the export is logged.</translation>
    </message>
    <message>
        <source>the output file, .xlsx or .csv</source>
        <translation>the output file, .xlsx or .csv</translation>
    </message>
    <message>
        <source>import trainees, periods or attendance from XLSX or CSV</source>
        <translation>import trainees, periods or attendance from XLSX or CSV</translation>
    </message>
    <message>
        <source>Import trainees, coaching periods or attendance from an Excel (.xlsx) or CSV file. Every row is checked first; rows already in the database are skipped, so importing the same file again adds nothing. The columns are matched by their headers (Finnish or English), or as last chosen in the app for a file with the same headers.</source>
        <translation>Import trainees, coaching periods or attendance from an Excel (.xlsx) or CSV file. Every row is checked first; rows already in the database are skipped, so importing the same file again adds nothing. The columns are matched by their headers (Finnish or English), or as last chosen in the app for a file with the same headers.</translation>
    </message>
    <message>
        <source>the .xlsx or .csv file</source>
        <translation>the .xlsx or .csv file</translation>
    </message>
    <message>
        <source>what the file holds (default: told by its columns)</source>
        <translation>what the file holds (default: told by its columns)</translation>
    </message>
    <message>
        <source>check and report only: write nothing</source>
        <translation>check and report only: write nothing</translation>
    </message>
    <message>
        <source>import nothing if any row has a problem (default: import the valid rows)</source>
        <translation>import nothing if any row has a problem (default: import the valid rows)</translation>
    </message>
    <message>
        <source>{file}: {kind}, {rows} rows.</source>
        <translation>{file}: {kind}, {rows} rows.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <source>Warning on {count} rows: {message}</source>
        <translation>Warning on {count} rows: {message}</translation>
    </message>
    <message>
        <source>back up a database (also while the app is using it)</source>
        <translation>back up a database (also while the app is using it)</translation>
    </message>
    <message>
        <source>Copy the database to a backup file with SQLite's online backup: safe while the app runs and writes.</source>
        <translation>Copy the database to a backup file with SQLite's online backup: safe while the app runs and writes.</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>the backup file to write</translation>
    </message>
    <message>
        <source>Backed up {db} to {path} ({size} kB).</source>
        <translation>Backed up {db} to {path} ({size} kB).</translation>
    </message>
    <message>
        <source>restore a database from a backup</source>
        <translation>restore a database from a backup</translation>
    </message>
    <message>
        <source>Check a backup (intact, a TOIMI database, not from a newer version), bring it to this version's schema and put it in place of the database; the previous database is kept beside it. Close the app first.</source>
        <translation>Check a backup (intact, a TOIMI database, not from a newer version), bring it to this version's schema and put it in place of the database; the previous database is kept beside it. Close the app first.</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>the backup file</translation>
    </message>
    <message>
        <source>Restored {db} from {path}: {trainees} trainees, schema {revision}.</source>
        <translation>Restored {db} from {path}: {trainees} trainees, schema {revision}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>The previous database was kept as {path}.</translation>
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
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Coaching periods</source>
        <translation>Coaching periods</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Unlocking the screen</source>
        <translation>Unlocking the screen</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Viewing</translation>
    </message>
    <message>
        <source>Showing the personal identity code</source>
        <translation>Showing the personal identity code</translation>
    </message>
    <message>
        <source>Printout or export</source>
        <translation>Printout or export</translation>
    </message>
    <message>
        <source>Basic details and periods</source>
        <translation>Basic details and periods</translation>
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
        <source>Suitable tasks</source>
        <translation>Suitable tasks</translation>
    </message>
    <message>
        <source>Continuation plan</source>
        <translation>Continuation plan</translation>
    </message>
    <message>
        <source>Period outcomes and follow-up</source>
        <translation>Period outcomes and follow-up</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>Monthly allowance report</source>
        <translation>Monthly allowance report</translation>
    </message>
    <message>
        <source>Absence list for Kela</source>
        <translation>Absence list for Kela</translation>
    </message>
    <message>
        <source>Monthly attendance sheet</source>
        <translation>Monthly attendance sheet</translation>
    </message>
    <message>
        <source>Continuation plan for signing</source>
        <translation>Continuation plan for signing</translation>
    </message>
    <message>
        <source>All data of the person (subject access)</source>
        <translation>All data of the person (subject access)</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Access report</translation>
    </message>
    <message>
        <source>ESF+ participant data</source>
        <translation>ESF+ participant data</translation>
    </message>
    <message>
        <source>List exported to a spreadsheet</source>
        <translation>List exported to a spreadsheet</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No active user “{name}”.</source>
        <translation>No active user “{name}”.</translation>
    </message>
    <message>
        <source>Only a coordinator can export the ESF+ participant data.</source>
        <translation>Only a coordinator can export the ESF+ participant data.</translation>
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
        <source>Give the kind of period.</source>
        <translation>Give the kind of period.</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>Start date is required.</translation>
    </message>
    <message>
        <source>Give the outcome of a period that has ended.</source>
        <translation>Give the outcome of a period that has ended.</translation>
    </message>
    <message>
        <source>Give the end date of a period that has an outcome.</source>
        <translation>Give the end date of a period that has an outcome.</translation>
    </message>
    <message>
        <source>The same period as on row {row}.</source>
        <translation>The same period as on row {row}.</translation>
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
        <source>Choose {days} weekdays: as many as days a week.</source>
        <translation>Choose {days} weekdays: as many as days a week.</translation>
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
        <source>Your role ({role}) does not allow viewing this data.</source>
        <translation>Your role ({role}) does not allow viewing this data.</translation>
    </message>
    <message>
        <source>You have no rights to this person's data.</source>
        <translation>You have no rights to this person's data.</translation>
    </message>
    <message>
        <source>You are not a coach of this coaching environment.</source>
        <translation>You are not a coach of this coaching environment.</translation>
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
        <source>Give the personal identity code or the birth date: without either the trainee cannot be recognised when the file is imported again.</source>
        <translation>Give the personal identity code or the birth date: without either the trainee cannot be recognised when the file is imported again.</translation>
    </message>
    <message>
        <source>Unknown municipality “{name}”.</source>
        <translation>Unknown municipality “{name}”.</translation>
    </message>
    <message>
        <source>The same trainee as on row {row}.</source>
        <translation>The same trainee as on row {row}.</translation>
    </message>
    <message>
        <source>Another trainee already has this personal identity code.</source>
        <translation>Another trainee already has this personal identity code.</translation>
    </message>
    <message>
        <source>A trainee of this name and birth date has another personal identity code in the register.</source>
        <translation>A trainee of this name and birth date has another personal identity code in the register.</translation>
    </message>
    <message>
        <source>The trainee is already in the register without a personal identity code: add it there.</source>
        <translation>The trainee is already in the register without a personal identity code: add it there.</translation>
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
        <source>The trainee's period is paused on this day.</source>
        <translation>The trainee's period is paused on this day.</translation>
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
        <source>{holiday}: the service is not held on public holidays. Write in the note why the trainee attended.</source>
        <translation>{holiday}: the service is not held on public holidays. Write in the note why the trainee attended.</translation>
    </message>
    <message>
        <source>The environment is closed on this day ({reason}). Write in the note why the trainee attended.</source>
        <translation>The environment is closed on this day ({reason}). Write in the note why the trainee attended.</translation>
    </message>
    <message>
        <source>The environment does not work on this weekday. Write in the note why the trainee attended.</source>
        <translation>The environment does not work on this weekday. Write in the note why the trainee attended.</translation>
    </message>
    <message>
        <source>The service is not held on this day, so it is no absence: mark E (service not held).</source>
        <translation>The service is not held on this day, so it is no absence: mark E (service not held).</translation>
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
        <source>{name}: {hours} hours attended in week {week}, more than {limit}.</source>
        <translation>{name}: {hours} hours attended in week {week}, more than {limit}.</translation>
    </message>
    <message>
        <source>{name}: own illness {days} days in a row from {start}: over {limit} days needs a medical certificate (mark “illness with certificate”).</source>
        <translation>{name}: own illness {days} days in a row from {start}: over {limit} days needs a medical certificate (mark “illness with certificate”).</translation>
    </message>
    <message>
        <source>{name}: sick child {days} days in a row from {start}: an accepted absence lasts at most {limit} days.</source>
        <translation>{name}: sick child {days} days in a row from {start}: an accepted absence lasts at most {limit} days.</translation>
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
        <source>Give a number.</source>
        <translation>Give a number.</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>Give a whole number.</translation>
    </message>
    <message>
        <source>The value must be {low}–{high}.</source>
        <translation>The value must be {low}–{high}.</translation>
    </message>
    <message>
        <source>Choose Finnish or English.</source>
        <translation>Choose Finnish or English.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <source>The preferences could not be saved: {reason}</source>
        <translation>The preferences could not be saved: {reason}</translation>
    </message>
    <message>
        <source>The database has no users yet.</source>
        <translation>The database has no users yet.</translation>
    </message>
    <message>
        <source>Signing in needs a password: without a window to ask it in, give it in TOIMI_PASSWORD.</source>
        <translation>Signing in needs a password: without a window to ask it in, give it in TOIMI_PASSWORD.</translation>
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
        <source>Fits: needs skill level {skill_need} (the trainee is at {skill}) and work-ability level {ability_need} (at {ability}).</source>
        <translation>Fits: needs skill level {skill_need} (the trainee is at {skill}) and work-ability level {ability_need} (at {ability}).</translation>
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
        <source>This computer has no password for “{name}” yet: sign in once while connected to the sync server.</source>
        <translation>This computer has no password for “{name}” yet: sign in once while connected to the sync server.</translation>
    </message>
    <message>
        <source>Give your password.</source>
        <translation>Give your password.</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation>A password has at least {n} characters.</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>The passwords are not the same.</translation>
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
    <message>
        <source>Give both --from and --to, or neither (the last full quarter).</source>
        <translation>Give both --from and --to, or neither (the last full quarter).</translation>
    </message>
    <message>
        <source>Rows: {total}. New: {new}. Already in the database: {existing}. With problems: {invalid}.</source>
        <translation>Rows: {total}. New: {new}. Already in the database: {existing}. With problems: {invalid}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Checked only: nothing was written.</source>
        <translation>Checked only: nothing was written.</translation>
    </message>
    <message>
        <source>Rows imported: {new}.</source>
        <translation>Rows imported: {new}.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translation>Nothing was imported: some rows have problems.</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <source>No trainee with this personal identity code in the register.</source>
        <translation>No trainee with this personal identity code in the register.</translation>
    </message>
    <message>
        <source>The name does not match the trainee with this personal identity code.</source>
        <translation>The name does not match the trainee with this personal identity code.</translation>
    </message>
    <message>
        <source>Give the personal identity code, or the last name, first name and birth date.</source>
        <translation>Give the personal identity code, or the last name, first name and birth date.</translation>
    </message>
    <message>
        <source>No trainee of this name and birth date in the register.</source>
        <translation>No trainee of this name and birth date in the register.</translation>
    </message>
    <message>
        <source>Several trainees have this name and birth date: give the personal identity code.</source>
        <translation>Several trainees have this name and birth date: give the personal identity code.</translation>
    </message>
    <message>
        <source>No trainee matches “{text}”: give the id, the HETU or the name as “Last First”.</source>
        <translation>No trainee matches “{text}”: give the id, the HETU or the name as “Last First”.</translation>
    </message>
    <message>
        <source>“{text}” matches {count} trainees: give the id or the HETU.</source>
        <translation>“{text}” matches {count} trainees: give the id or the HETU.</translation>
    </message>
    <message>
        <source>Choose another file than the database itself.</source>
        <translation>Choose another file than the database itself.</translation>
    </message>
    <message>
        <source>The copy failed its check: {detail}</source>
        <translation>The copy failed its check: {detail}</translation>
    </message>
    <message>
        <source>{name} is not a TOIMI database.</source>
        <translation>{name} is not a TOIMI database.</translation>
    </message>
    <message>
        <source>{name} is damaged: {detail}</source>
        <translation>{name} is damaged: {detail}</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of TOIMI Desktop: update the app first.</source>
        <translation>{name} was made by a newer version of TOIMI Desktop: update the app first.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>No checked backup is waiting to be restored.</source>
        <translation>No checked backup is waiting to be restored.</translation>
    </message>
    <message>
        <source>Date is required.</source>
        <translation>Date is required.</translation>
    </message>
    <message>
        <source>Give the attendance status.</source>
        <translation>Give the attendance status.</translation>
    </message>
    <message>
        <source>Unknown coaching environment “{name}”.</source>
        <translation>Unknown coaching environment “{name}”.</translation>
    </message>
    <message>
        <source>{date} is outside the trainee's coaching periods.</source>
        <translation>{date} is outside the trainee's coaching periods.</translation>
    </message>
    <message>
        <source>The same trainee and day as on row {row}.</source>
        <translation>The same trainee and day as on row {row}.</translation>
    </message>
    <message>
        <source>This day is already recorded differently ({status}): change it in the attendance view.</source>
        <translation>This day is already recorded differently ({status}): change it in the attendance view.</translation>
    </message>
    <message>
        <source>Unknown work task “{name}” at the trainee's environment.</source>
        <translation>Unknown work task “{name}” at the trainee's environment.</translation>
    </message>
    <message>
        <source>The allowance of {month} has been approved: attendance cannot be imported into it.</source>
        <translation>The allowance of {month} has been approved: attendance cannot be imported into it.</translation>
    </message>
    <message>
        <source>Each field can be chosen for one column only.</source>
        <translation>Each field can be chosen for one column only.</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}.</source>
        <translation>Choose a column for: {fields}.</translation>
    </message>
    <message>
        <source>The row could not be saved: {reason}</source>
        <translation>The row could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV (.csv) file.</source>
        <translation>Choose an Excel (.xlsx) or CSV (.csv) file.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>The file could not be read: {reason}</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>The file is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <source>The date “{text}” does not exist.</source>
        <translation>The date “{text}” does not exist.</translation>
    </message>
    <message>
        <source>Give the date as d.m.yyyy, e.g. 3.11.2026 (not “{text}”).</source>
        <translation>Give the date as d.m.yyyy, e.g. 3.11.2026 (not “{text}”).</translation>
    </message>
    <message>
        <source>Give a number (not “{text}”).</source>
        <translation>Give a number (not “{text}”).</translation>
    </message>
    <message>
        <source>Give a whole number (not “{text}”).</source>
        <translation>Give a whole number (not “{text}”).</translation>
    </message>
    <message>
        <source>Unknown value “{text}”: use one of {choices}.</source>
        <translation>Unknown value “{text}”: use one of {choices}.</translation>
    </message>
    <message>
        <source>Unknown attendance “{text}”: use a mark letter (P, O, S, L, K, H, T, M, X, E) or a status.</source>
        <translation>Unknown attendance “{text}”: use a mark letter (P, O, S, L, K, H, T, M, X, E) or a status.</translation>
    </message>
    <message>
        <source>Only two records with the same personal identity code can be merged.</source>
        <translation>Only two records with the same personal identity code can be merged.</translation>
    </message>
    <message>
        <source>The period has been closed: it can no longer be changed.</source>
        <translation>The period has been closed: it can no longer be changed.</translation>
    </message>
    <message>
        <source>The period is already paused.</source>
        <translation>The period is already paused.</translation>
    </message>
    <message>
        <source>A pause cannot start before the period.</source>
        <translation>A pause cannot start before the period.</translation>
    </message>
    <message>
        <source>A pause cannot start in the future: pause the period on its first day.</source>
        <translation>A pause cannot start in the future: pause the period on its first day.</translation>
    </message>
    <message>
        <source>The period was already paused on that day: choose a later day.</source>
        <translation>The period was already paused on that day: choose a later day.</translation>
    </message>
    <message>
        <source>The period is not paused.</source>
        <translation>The period is not paused.</translation>
    </message>
    <message>
        <source>The return day cannot be in the future: resume the period on the day the trainee is back.</source>
        <translation>The return day cannot be in the future: resume the period on the day the trainee is back.</translation>
    </message>
    <message>
        <source>The return day cannot be before the first day of the pause ({day}).</source>
        <translation>The return day cannot be before the first day of the pause ({day}).</translation>
    </message>
    <message>
        <source>The return day cannot be before the period.</source>
        <translation>The return day cannot be before the period.</translation>
    </message>
    <message>
        <source>Attendance is recorded for {count} day(s) after the end date ({days}). Remove those records or choose a later end date.</source>
        <translation>Attendance is recorded for {count} day(s) after the end date ({days}). Remove those records or choose a later end date.</translation>
    </message>
    <message>
        <source>Attendance is recorded for {count} day(s) from the start of the pause ({days}). Remove those records or choose a later start.</source>
        <translation>Attendance is recorded for {count} day(s) from the start of the pause ({days}). Remove those records or choose a later start.</translation>
    </message>
    <message>
        <source>The order “{title}” ({orderer}, {dates}) has the same task on {overlap}. Hours of those days count for the earlier order “{title}”, not for this one.</source>
        <translation>The order “{title}” ({orderer}, {dates}) has the same task on {overlap}. Hours of those days count for the earlier order “{title}”, not for this one.</translation>
    </message>
    <message>
        <source>The order “{title}” ({orderer}, {dates}) has the same task on {overlap}. Hours of those days count for this order, which starts earlier, not for “{title}”.</source>
        <translation>The order “{title}” ({orderer}, {dates}) has the same task on {overlap}. Hours of those days count for this order, which starts earlier, not for “{title}”.</translation>
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
    <name>import</name>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
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
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
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
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Kind of period</translation>
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
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Hours per day</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Days per week</translation>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Absence reason</source>
        <translation>Absence reason</translation>
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
        <source>Personal identity code (or last name, first name and birth date)</source>
        <translation>Personal identity code (or last name, first name and birth date)</translation>
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
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Missing entry data</source>
        <translation>Missing entry data</translation>
    </message>
    <message>
        <source>ESF+ participants {start}–{end}</source>
        <translation>ESF+ participants {start}–{end}</translation>
    </message>
    <message>
        <source>Trainee id</source>
        <translation>Trainee id</translation>
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
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Age at entry</source>
        <translation>Age at entry</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Access report</translation>
    </message>
    <message>
        <source>Who has used the data of {name} ({hetu}) in TOIMI Desktop</source>
        <translation>Who has used the data of {name} ({hetu}) in TOIMI Desktop</translation>
    </message>
    <message>
        <source>Every view of the person's record, every showing of the whole personal identity code, every printout and export holding their data and every refused attempt, as logged on the devices and the sync server up to {day}. Views of the same data by the same user within {minutes} minutes are one row.</source>
        <translation>Every view of the person's record, every showing of the whole personal identity code, every printout and export holding their data and every refused attempt, as logged on the devices and the sync server up to {day}. Views of the same data by the same user within {minutes} minutes are one row.</translation>
    </message>
    <message>
        <source>Uses of the data</source>
        <translation>Uses of the data</translation>
    </message>
    <message>
        <source>Changes to the data</source>
        <translation>Changes to the data</translation>
    </message>
    <message>
        <source>Who changed the person's records; the changed fields are named, their values are in the records.</source>
        <translation>Who changed the person's records; the changed fields are named, their values are in the records.</translation>
    </message>
    <message>
        <source>No use of the data has been logged.</source>
        <translation>No use of the data has been logged.</translation>
    </message>
    <message>
        <source>No changes have been logged.</source>
        <translation>No changes have been logged.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation>month {month}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>as {format}</source>
        <translation>as {format}</translation>
    </message>
    <message>
        <source>with whole identity codes</source>
        <translation>with whole identity codes</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Record created</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <source>Coaching period started</source>
        <translation>Coaching period started</translation>
    </message>
    <message>
        <source>Coaching period closed</source>
        <translation>Coaching period closed</translation>
    </message>
    <message>
        <source>Results on leaving recorded</source>
        <translation>Results on leaving recorded</translation>
    </message>
    <message>
        <source>Six-month follow-up recorded</source>
        <translation>Six-month follow-up recorded</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Attendance recorded</translation>
    </message>
    <message>
        <source>Approved attendance corrected</source>
        <translation>Approved attendance corrected</translation>
    </message>
    <message>
        <source>Assessment recorded</source>
        <translation>Assessment recorded</translation>
    </message>
    <message>
        <source>Assessment corrected</source>
        <translation>Assessment corrected</translation>
    </message>
    <message>
        <source>Continuation plan saved</source>
        <translation>Continuation plan saved</translation>
    </message>
    <message>
        <source>Task evaluation recorded</source>
        <translation>Task evaluation recorded</translation>
    </message>
    <message>
        <source>Task evaluation removed</source>
        <translation>Task evaluation removed</translation>
    </message>
    <message>
        <source>Job search on leaving</source>
        <translation>Job search on leaving</translation>
    </message>
    <message>
        <source>In education on leaving</source>
        <translation>In education on leaving</translation>
    </message>
    <message>
        <source>Qualification on leaving</source>
        <translation>Qualification on leaving</translation>
    </message>
    <message>
        <source>Employed on leaving</source>
        <translation>Employed on leaving</translation>
    </message>
    <message>
        <source>Six-month point</source>
        <translation>Six-month point</translation>
    </message>
    <message>
        <source>Followed up on</source>
        <translation>Followed up on</translation>
    </message>
    <message>
        <source>Employed after six months</source>
        <translation>Employed after six months</translation>
    </message>
    <message>
        <source>Situation improved</source>
        <translation>Situation improved</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
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
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
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
        <source>Homeless or housing exclusion</source>
        <translation>Homeless or housing exclusion</translation>
    </message>
    <message>
        <source>From a rural area</source>
        <translation>From a rural area</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Total number of participants</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Unemployed, including long-term unemployed</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Long-term unemployed</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Employed, including self-employed</translation>
    </message>
    <message>
        <source>Children below 18 years of age</source>
        <translation>Children below 18 years of age</translation>
    </message>
    <message>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Young people between 18 and 29 years of age</translation>
    </message>
    <message>
        <source>Participants 55 years of age and above</source>
        <translation>Participants 55 years of age and above</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0–2)</source>
        <translation>With lower secondary education or less (ISCED 0–2)</translation>
    </message>
    <message>
        <source>With upper secondary or post-secondary education (ISCED 3–4)</source>
        <translation>With upper secondary or post-secondary education (ISCED 3–4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5–8)</source>
        <translation>With tertiary education (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Participants with disabilities</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Third-country nationals</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Participants with a foreign background</translation>
    </message>
    <message>
        <source>Minorities (including marginalised communities)</source>
        <translation>Minorities (including marginalised communities)</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Homeless or affected by housing exclusion</translation>
    </message>
    <message>
        <source>Participants from rural areas</source>
        <translation>Participants from rural areas</translation>
    </message>
    <message>
        <source>Participants engaged in job searching upon leaving</source>
        <translation>Participants engaged in job searching upon leaving</translation>
    </message>
    <message>
        <source>Participants in education or training upon leaving</source>
        <translation>Participants in education or training upon leaving</translation>
    </message>
    <message>
        <source>Participants gaining a qualification upon leaving</source>
        <translation>Participants gaining a qualification upon leaving</translation>
    </message>
    <message>
        <source>Participants in employment, including self-employment, upon leaving</source>
        <translation>Participants in employment, including self-employment, upon leaving</translation>
    </message>
    <message>
        <source>Participants in employment, including self-employment, six months after leaving</source>
        <translation>Participants in employment, including self-employment, six months after leaving</translation>
    </message>
    <message>
        <source>Participants with an improved labour market situation six months after leaving</source>
        <translation>Participants with an improved labour market situation six months after leaving</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Progress summary</translation>
    </message>
    <message>
        <source>Progress summary: {scope}, {range}</source>
        <translation>Progress summary: {scope}, {range}</translation>
    </message>
    <message>
        <source>Compared with the previous range of equal length: {range}</source>
        <translation>Compared with the previous range of equal length: {range}</translation>
    </message>
    <message>
        <source>Produced on {day} by {who}</source>
        <translation>Produced on {day} by {who}</translation>
    </message>
    <message>
        <source>No figure identifies anyone. A figure from fewer than {threshold} persons is shown as “&lt;{threshold}”; “..” marks a figure hidden so that a small one cannot be worked out from the totals. No names, personal identity codes or free text are included.</source>
        <translation>No figure identifies anyone. A figure from fewer than {threshold} persons is shown as “&lt;{threshold}”; “..” marks a figure hidden so that a small one cannot be worked out from the totals. No names, personal identity codes or free text are included.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Trainees in coaching</source>
        <translation>Trainees in coaching</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Exits</translation>
    </message>
    <message>
        <source>In employment on leaving (share of exits)</source>
        <translation>In employment on leaving (share of exits)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Improved in assessments (share)</source>
        <translation>Improved in assessments (share)</translation>
    </message>
    <message>
        <source>Hours of work for departments</source>
        <translation>Hours of work for departments</translation>
    </message>
    <message>
        <source>With a current continuation plan (share)</source>
        <translation>With a current continuation plan (share)</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>How the figures are counted</translation>
    </message>
    <message>
        <source>A trainee counts once in each figure, with their latest qualifying period in the range, so rows add up to the totals.</source>
        <translation>A trainee counts once in each figure, with their latest qualifying period in the range, so rows add up to the totals.</translation>
    </message>
    <message>
        <source>The previous range is the quarter, month or year before a whole quarter, month or year, and otherwise the same number of days just before.</source>
        <translation>The previous range is the quarter, month or year before a whole quarter, month or year, and otherwise the same number of days just before.</translation>
    </message>
    <message>
        <source>A change is shown only when both of its figures are shown; a share only when its count is shown. Charts draw shown figures only.</source>
        <translation>A change is shown only when both of its figures are shown; a share only when its count is shown. Charts draw shown figures only.</translation>
    </message>
    <message>
        <source>Counting trainees, starts and exits…</source>
        <translation>Counting trainees, starts and exits…</translation>
    </message>
    <message>
        <source>Counting attendance…</source>
        <translation>Counting attendance…</translation>
    </message>
    <message>
        <source>Comparing assessments…</source>
        <translation>Comparing assessments…</translation>
    </message>
    <message>
        <source>Adding up work done for departments…</source>
        <translation>Adding up work done for departments…</translation>
    </message>
    <message>
        <source>Checking continuation plans…</source>
        <translation>Checking continuation plans…</translation>
    </message>
    <message>
        <source>Days attended (fully or partly) of the days trainees were expected; a day the service was not held counts neither way. Allowance days: rehabilitative work activity, at most {cap} days a calendar week.</source>
        <translation>Days attended (fully or partly) of the days trainees were expected; a day the service was not held counts neither way. Allowance days: rehabilitative work activity, at most {cap} days a calendar week.</translation>
    </message>
    <message>
        <source>Attendance in the range</source>
        <translation>Attendance in the range</translation>
    </message>
    <message>
        <source>Absence days</source>
        <translation>Absence days</translation>
    </message>
    <message>
        <source>Trainees with attendance records</source>
        <translation>Trainees with attendance records</translation>
    </message>
    <message>
        <source>Attendance rate by month</source>
        <translation>Attendance rate by month</translation>
    </message>
    <message>
        <source>Progress in assessments</source>
        <translation>Progress in assessments</translation>
    </message>
    <message>
        <source>Trainees assessed in the range: their latest assessment against their first one (coach's scores). A trainee improved when their scores rose on average, each scale weighted alike.</source>
        <translation>Trainees assessed in the range: their latest assessment against their first one (coach's scores). A trainee improved when their scores rose on average, each scale weighted alike.</translation>
    </message>
    <message>
        <source>Change since the first assessment</source>
        <translation>Change since the first assessment</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Assessed at least twice</source>
        <translation>Assessed at least twice</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Average change per criterion group</source>
        <translation>Average change per criterion group</translation>
    </message>
    <message>
        <source>Criterion group</source>
        <translation>Criterion group</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Average change</source>
        <translation>Average change</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>In the scale's points; a group from fewer trainees than the threshold is not shown.</source>
        <translation>In the scale's points; a group from fewer trainees than the threshold is not shown.</translation>
    </message>
    <message>
        <source>Work done for municipal departments</source>
        <translation>Work done for municipal departments</translation>
    </message>
    <message>
        <source>Hours attended on work tasks, counted for the department whose order covered the task that day (else the task's usual orderer). Hours are not stored: they come from attendance.</source>
        <translation>Hours attended on work tasks, counted for the department whose order covered the task that day (else the task's usual orderer). Hours are not stored: they come from attendance.</translation>
    </message>
    <message>
        <source>Hours by field of work</source>
        <translation>Hours by field of work</translation>
    </message>
    <message>
        <source>Field of work</source>
        <translation>Field of work</translation>
    </message>
    <message>
        <source>Hours by orderer department</source>
        <translation>Hours by orderer department</translation>
    </message>
    <message>
        <source>Orderer department</source>
        <translation>Orderer department</translation>
    </message>
    <message>
        <source>No orderer named</source>
        <translation>No orderer named</translation>
    </message>
    <message>
        <source>Orders done</source>
        <translation>Orders done</translation>
    </message>
    <message>
        <source>Feedback 1–5</source>
        <translation>Feedback 1–5</translation>
    </message>
    <message>
        <source>All data of a person</source>
        <translation>All data of a person</translation>
    </message>
    <message>
        <source>{name}: everything stored in TOIMI Desktop on {day}</source>
        <translation>{name}: everything stored in TOIMI Desktop on {day}</translation>
    </message>
    <message>
        <source>Made for a subject access request. The same data is available as a machine-readable JSON file.</source>
        <translation>Made for a subject access request. The same data is available as a machine-readable JSON file.</translation>
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
        <source>not asked / not told</source>
        <translation>not asked / not told</translation>
    </message>
    <message>
        <source>Basic details</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <source>Coaching periods and outcomes</source>
        <translation>Coaching periods and outcomes</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Task evaluations</source>
        <translation>Task evaluations</translation>
    </message>
    <message>
        <source>Continuation plans</source>
        <translation>Continuation plans</translation>
    </message>
    <message>
        <source>Other versions of texts (sync conflicts)</source>
        <translation>Other versions of texts (sync conflicts)</translation>
    </message>
    <message>
        <source>Uses of the data (access log)</source>
        <translation>Uses of the data (access log)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nothing recorded.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
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
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
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
        <source>Homeless</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <source>Lives in a rural area</source>
        <translation>Lives in a rural area</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
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
        <source>Work coach</source>
        <translation>Work coach</translation>
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
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Coaching package</source>
        <translation>Coaching package</translation>
    </message>
    <message>
        <source>Note on the exit</source>
        <translation>Note on the exit</translation>
    </message>
    <message>
        <source>Engaged in job search on leaving</source>
        <translation>Engaged in job search on leaving</translation>
    </message>
    <message>
        <source>In education or training on leaving</source>
        <translation>In education or training on leaving</translation>
    </message>
    <message>
        <source>Gained a qualification</source>
        <translation>Gained a qualification</translation>
    </message>
    <message>
        <source>In employment on leaving</source>
        <translation>In employment on leaving</translation>
    </message>
    <message>
        <source>Six-month follow-up</source>
        <translation>Six-month follow-up</translation>
    </message>
    <message>
        <source>In employment after six months</source>
        <translation>In employment after six months</translation>
    </message>
    <message>
        <source>Situation improved after six months</source>
        <translation>Situation improved after six months</translation>
    </message>
    <message>
        <source>Absence reason</source>
        <translation>Absence reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
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
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Trainees in an open coaching period on {day}, and whether they had a continuation plan for that period and its review was on time.</source>
        <translation>Trainees in an open coaching period on {day}, and whether they had a continuation plan for that period and its review was on time.</translation>
    </message>
    <message>
        <source>Continuation plans on {day}</source>
        <translation>Continuation plans on {day}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Current plan, review on time</source>
        <translation>Current plan, review on time</translation>
    </message>
    <message>
        <source>Current plan, review overdue</source>
        <translation>Current plan, review overdue</translation>
    </message>
    <message>
        <source>No current plan</source>
        <translation>No current plan</translation>
    </message>
    <message>
        <source>Trainees in an open period</source>
        <translation>Trainees in an open period</translation>
    </message>
    <message>
        <source>Trainees in coaching at any time in the range (each once, in their latest period), those who started and those who left.</source>
        <translation>Trainees in coaching at any time in the range (each once, in their latest period), those who started and those who left.</translation>
    </message>
    <message>
        <source>In coaching by period kind</source>
        <translation>In coaching by period kind</translation>
    </message>
    <message>
        <source>Exits by period kind</source>
        <translation>Exits by period kind</translation>
    </message>
    <message>
        <source>By period kind</source>
        <translation>By period kind</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>By gender</translation>
    </message>
    <message>
        <source>Trainees in coaching by target group</source>
        <translation>Trainees in coaching by target group</translation>
    </message>
    <message>
        <source>A trainee can belong to several target groups, so the rows do not add up to the number of trainees.</source>
        <translation>A trainee can belong to several target groups, so the rows do not add up to the number of trainees.</translation>
    </message>
    <message>
        <source>Starts by month</source>
        <translation>Starts by month</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Other or not known</source>
        <translation>Other or not known</translation>
    </message>
    <message>
        <source>This range</source>
        <translation>This range</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Exits and results</source>
        <translation>Exits and results</translation>
    </message>
    <message>
        <source>Where trainees went when their period ended, the ESF+ results on leaving (within 28 days, the last event counts) and six months after leaving.</source>
        <translation>Where trainees went when their period ended, the ESF+ results on leaving (within 28 days, the last event counts) and six months after leaving.</translation>
    </message>
    <message>
        <source>Exits by outcome</source>
        <translation>Exits by outcome</translation>
    </message>
    <message>
        <source>Entrepreneurship (sole trader, cooperative, light)</source>
        <translation>Entrepreneurship (sole trader, cooperative, light)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>ESF+ results on leaving</source>
        <translation>ESF+ results on leaving</translation>
    </message>
    <message>
        <source>Of the trainees who left in the range; the share is of all who left, unknown answers included.</source>
        <translation>Of the trainees who left in the range; the share is of all who left, unknown answers included.</translation>
    </message>
    <message>
        <source>Six months after leaving</source>
        <translation>Six months after leaving</translation>
    </message>
    <message>
        <source>Trainees whose six-month point fell in the range.</source>
        <translation>Trainees whose six-month point fell in the range.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Share yes</source>
        <translation>Share yes</translation>
    </message>
    <message>
        <source>Previous share</source>
        <translation>Previous share</translation>
    </message>
    <message>
        <source>Engaged in job searching (EECR01)</source>
        <translation>Engaged in job searching (EECR01)</translation>
    </message>
    <message>
        <source>In education or training (EECR02)</source>
        <translation>In education or training (EECR02)</translation>
    </message>
    <message>
        <source>Gained a qualification (EECR03)</source>
        <translation>Gained a qualification (EECR03)</translation>
    </message>
    <message>
        <source>In employment, incl. self-employment (EECR04)</source>
        <translation>In employment, incl. self-employment (EECR04)</translation>
    </message>
    <message>
        <source>In employment, incl. self-employment (EECR05)</source>
        <translation>In employment, incl. self-employment (EECR05)</translation>
    </message>
    <message>
        <source>Improved labour market situation (EECR06)</source>
        <translation>Improved labour market situation (EECR06)</translation>
    </message>
    <message>
        <source>{value} pp</source>
        <translation>{value} pp</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Expense allowance per day</source>
        <translation>Expense allowance per day</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>Rehabilitative work activity: paid for each day actually attended (9 € in 2026).</source>
        <translation>Rehabilitative work activity: paid for each day actually attended (9 € in 2026).</translation>
    </message>
    <message>
        <source>Allowance days at most a week</source>
        <translation>Allowance days at most a week</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Kela allows at most 5; the municipalities' practice is 4.</source>
        <translation>Kela allows at most 5; the municipalities' practice is 4.</translation>
    </message>
    <message>
        <source>Smallest figure shown in summaries</source>
        <translation>Smallest figure shown in summaries</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>Smaller figures in steering-group summaries are hidden so that no person can be recognised (Sovari uses 7).</source>
        <translation>Smaller figures in steering-group summaries are hidden so that no person can be recognised (Sovari uses 7).</translation>
    </message>
    <message>
        <source>Backup reminder after</source>
        <translation>Backup reminder after</translation>
    </message>
    <message>
        <source>When changes wait for sync and the last backup is older than this, the status bar reminds to back up.</source>
        <translation>When changes wait for sync and the last backup is older than this, the status bar reminds to back up.</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Lock after idle time</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>The window locks when nobody has used it for this long and asks for the password again; unsaved input stays. 0 = never.</source>
        <translation>The window locks when nobody has used it for this long and asks for the password again; unsaved input stays. 0 = never.</translation>
    </message>
    <message>
        <source>Keep records of former trainees</source>
        <translation>Keep records of former trainees</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>After the last period ended; then the retention job deletes them. Municipal practice and ESF+ both keep 5 years.</source>
        <translation>After the last period ended; then the retention job deletes them. Municipal practice and ESF+ both keep 5 years.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Allowance approval</source>
        <translation>Allowance approval</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Assessment score</source>
        <translation>Assessment score</translation>
    </message>
    <message>
        <source>Assessment template</source>
        <translation>Assessment template</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Audit log entry</source>
        <translation>Audit log entry</translation>
    </message>
    <message>
        <source>Continuation plan</source>
        <translation>Continuation plan</translation>
    </message>
    <message>
        <source>Coaching environment</source>
        <translation>Coaching environment</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Closed day</translation>
    </message>
    <message>
        <source>Coach of an environment</source>
        <translation>Coach of an environment</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Coaching period</source>
        <translation>Coaching period</translation>
    </message>
    <message>
        <source>Plan step</source>
        <translation>Plan step</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Plan version</translation>
    </message>
    <message>
        <source>Service package</source>
        <translation>Service package</translation>
    </message>
    <message>
        <source>Task of a package</source>
        <translation>Task of a package</translation>
    </message>
    <message>
        <source>Text conflict</source>
        <translation>Text conflict</translation>
    </message>
    <message>
        <source>Task evaluation</source>
        <translation>Task evaluation</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Work task</source>
        <translation>Work task</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Exit note</source>
        <translation>Exit note</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <source>Development needs</source>
        <translation>Development needs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Safety notes</translation>
    </message>
    <message>
        <source>Services referred to</source>
        <translation>Services referred to</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>It is outside your role or municipalities.</source>
        <translation>It is outside your role or municipalities.</translation>
    </message>
    <message>
        <source>The record is no longer on this computer.</source>
        <translation>The record is no longer on this computer.</translation>
    </message>
    <message>
        <source>The person is already in the register with this personal identity code. Open the existing person and merge this copy into it.</source>
        <translation>The person is already in the register with this personal identity code. Open the existing person and merge this copy into it.</translation>
    </message>
    <message>
        <source>The person is already in the register of another municipality with this personal identity code. Ask a coordinator.</source>
        <translation>The person is already in the register of another municipality with this personal identity code. Ask a coordinator.</translation>
    </message>
    <message>
        <source>A text is too long for the server.</source>
        <translation>A text is too long for the server.</translation>
    </message>
    <message>
        <source>The record cannot be changed once saved.</source>
        <translation>The record cannot be changed once saved.</translation>
    </message>
    <message>
        <source>The server did not accept it ({reason}).</source>
        <translation>The server did not accept it ({reason}).</translation>
    </message>
    <message>
        <source>Another record on this computer has the same {field}.</source>
        <translation>Another record on this computer has the same {field}.</translation>
    </message>
    <message>
        <source>The field {field} is empty.</source>
        <translation>The field {field} is empty.</translation>
    </message>
    <message>
        <source>It refers to a record that is not on this computer.</source>
        <translation>It refers to a record that is not on this computer.</translation>
    </message>
    <message>
        <source>It does not fit the data on this computer; an update of the app may be needed.</source>
        <translation>It does not fit the data on this computer; an update of the app may be needed.</translation>
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