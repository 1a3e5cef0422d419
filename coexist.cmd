@echo off
rem Runs the coexist command; builds cli\target\coexist.jar first when it is missing.
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%cli\target\coexist.jar"
if not exist "%JAR%" (
  echo coexist: building %JAR% ^(first run only^)... 1>&2
  call mvn -B -q -ntp -f "%ROOT%pom.xml" -DskipTests -pl cli -am package 1>&2
  if errorlevel 1 exit /b 2
)
java %COEXIST_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
