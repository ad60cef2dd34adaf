@echo off
rem ThingConform command line of the unpacked distribution (Windows): needs a Java 17 runtime only
rem (JAVA_HOME, or java on the PATH). Profiles default to test-profiles\ and reports to reports\latest
rem below the distribution's root; pass --out DIR where the root is read-only.
setlocal
for %%I in ("%~dp0..") do set "THINGCONFORM_ROOT=%%~fI"
if defined JAVA_HOME (
  set "THINGCONFORM_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "THINGCONFORM_JAVA=java"
)
"%THINGCONFORM_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %THINGCONFORM_JAVA_OPTS% "-Dthingconform.project.dir=%THINGCONFORM_ROOT%" -cp "%THINGCONFORM_ROOT%\lib\*" org.thingconform.cli.Main %*
exit /b %ERRORLEVEL%
