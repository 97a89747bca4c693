"""Schemathesis fuzzes every operation of the OpenAPI schema against a live server (with a
valid device token, so requests get past authentication): no answer may be a 5xx."""

from __future__ import annotations

import hypothesis
import pytest
import schemathesis

from toimi_desktop.sync.transport import Transport
from toimi_desktop.sync.wire import LoginRequest


def test_no_request_makes_the_server_fail(server):
    token = Transport(server.url).login(LoginRequest(
        username="koordinaattori", password="salasana-123", client_device_id="fuzz")).token
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    operations = [op.ok() for op in schema.get_all_operations()]
    # Logging out would revoke the token the rest of the run uses.
    operations = [op for op in operations if op.path != "/api/v1/logout"]
    assert {op.path for op in operations} >= {"/health", "/api/v1/login", "/api/v1/push",
                                              "/api/v1/changes", "/api/v1/session"}
    failures, statuses = [], []
    def fuzzer(operation):
        @hypothesis.settings(max_examples=40, deadline=None, database=None,
                             suppress_health_check=list(hypothesis.HealthCheck),
                             phases=[hypothesis.Phase.generate])
        @hypothesis.given(case=operation.as_strategy())
        def fuzz(case):
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {token}"}
            response = case.call()
            statuses.append(response.status_code)
            if response.status_code >= 500:
                failures.append((operation.method, operation.path, response.status_code,
                                 response.text[:300]))

        return fuzz

    for operation in operations:
        fuzzer(operation)()
    assert len(statuses) >= 5 * 20 and {200, 422} <= set(statuses)
    if failures:
        pytest.fail("5xx answers:\n" + "\n".join(map(str, failures[:10])))
