"""What the server does, without HTTP: users and devices, push, pull."""
