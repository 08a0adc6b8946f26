import Glibc

signal(SIGPIPE, SIG_IGN)
// A blocked mask inherited from the parent (a test runner, a service manager) would make the screen
// deaf to hang-ups and to being stopped; convene must always be stoppable.
var stoppable = sigset_t()
sigemptyset(&stoppable)
for stop in [SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGWINCH] { sigaddset(&stoppable, stop) }
pthread_sigmask(SIG_UNBLOCK, &stoppable, nil)
exit(CLI.main(Array(CommandLine.arguments.dropFirst())))
