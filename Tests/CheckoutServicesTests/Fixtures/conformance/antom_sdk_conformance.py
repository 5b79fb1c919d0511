#!/usr/bin/env python3
"""Drives `checkout-tui serve` with Antom's official Python server SDK (global-open-sdk-python).

Every API answer goes through the SDK's own DefaultAlipayClient.execute, which verifies the response signature
with the APO public key (and, since python#179, refuses unsigned S answers); notifications are checked with the
SDK's webhook tool check_signature. Only the SDK's transport is replaced: it always dials HTTPS on port 443
(net/default_http_rpc.__get_http_connection), so that one function is swapped for plain HTTP to the loopback
server. Signing, paths (sandbox rewrite), headers, bodies and verification are the SDK's, untouched.

Exit status 0 when every step passed; otherwise the first failure is printed and the status is 1.
"""

import argparse
import http.client
import json
import sys
import time
import urllib.parse
import urllib.request

from cryptography.hazmat.primitives import serialization

from com.alipay.ams.api.default_alipay_client import DefaultAlipayClient
from com.alipay.ams.api.exception.exception import AlipayApiException
from com.alipay.ams.api.model.amount import Amount
from com.alipay.ams.api.model.buyer import Buyer
from com.alipay.ams.api.model.env import Env
from com.alipay.ams.api.model.order import Order
from com.alipay.ams.api.model.payment_factor import PaymentFactor
from com.alipay.ams.api.model.payment_method import PaymentMethod
from com.alipay.ams.api.model.product_code_type import ProductCodeType
from com.alipay.ams.api.net import default_http_rpc
from com.alipay.ams.api.request.pay.alipay_capture_request import AlipayCaptureRequest
from com.alipay.ams.api.request.pay.alipay_inquiry_refund_request import AlipayInquiryRefundRequest
from com.alipay.ams.api.request.pay.alipay_pay_cancel_request import AlipayPayCancelRequest
from com.alipay.ams.api.request.pay.alipay_pay_query_request import AlipayPayQueryRequest
from com.alipay.ams.api.request.pay.alipay_pay_request import AlipayPayRequest
from com.alipay.ams.api.request.pay.alipay_payment_session_request import AlipayPaymentSessionRequest
from com.alipay.ams.api.request.pay.alipay_refund_request import AlipayRefundRequest
from com.alipay.ams.api.tools.webhook_tool import check_signature

CARD = "4054695723100768"  # Antom sandbox: Visa, global, success
NOTIFY_URL = "https://merchant.example/payments/notify"
REDIRECT_URL = "https://merchant.example/result"


class StepFailed(Exception):
    pass


def loopback_connection(url, timeout=15):
    """The SDK's transport, on plain HTTP to a loopback host instead of HTTPS on 443."""
    parsed = urllib.parse.urlparse(url)
    if parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise StepFailed("refusing to connect to a non-loopback host: %s" % parsed.hostname)
    return http.client.HTTPConnection(host=parsed.hostname, port=parsed.port, timeout=timeout)


def install_loopback_transport():
    # A module-level function, looked up by do_post at call time (no name mangling outside classes).
    name = "__get_http_connection"
    if not callable(getattr(default_http_rpc, name, None)):
        raise StepFailed("the SDK no longer has net.default_http_rpc.%s; update the transport patch" % name)
    setattr(default_http_rpc, name, loopback_connection)


def pkcs1_private_key(path):
    """The SDK wraps the key in RSA PRIVATE KEY markers, so it wants PKCS#1; `keys generate` writes PKCS#8."""
    with open(path, "rb") as handle:
        key = serialization.load_pem_private_key(handle.read(), password=None)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    ).decode("ascii")


def read_text(path):
    with open(path, "r", encoding="ascii") as handle:
        return handle.read()


def expect(condition, message):
    if not condition:
        raise StepFailed(message)


def execute(client, request, name):
    body = json.loads(client.execute(request))
    result = body.get("result") or {}
    print("ok   %-22s %s %s" % (name, result.get("resultStatus"), result.get("resultCode")))
    return body


def expect_success(body, name):
    result = body.get("result") or {}
    expect(result.get("resultStatus") == "S", "%s: expected S, got %s" % (name, json.dumps(result)))


def amount():
    return Amount(currency="SGD", value="6000")


def order(request_id):
    result = Order()
    result.reference_order_id = "ORDER-" + request_id
    result.order_description = "Desk lamp"
    result.order_amount = amount()
    buyer = Buyer()
    buyer.reference_buyer_id = "buyer-88"
    result.buyer = buyer
    return result


def manual_factor():
    factor = PaymentFactor()
    factor.capture_mode = "MANUAL"
    factor.is_authorization = True
    return factor


def session_request(request_id, manual):
    request = AlipayPaymentSessionRequest()
    request.product_code = ProductCodeType.CASHIER_PAYMENT
    request.product_scene = "CHECKOUT_PAYMENT"
    request.payment_request_id = request_id
    request.payment_amount = amount()
    request.order = order(request_id)
    request.payment_redirect_url = REDIRECT_URL
    request.payment_notify_url = NOTIFY_URL
    if manual:
        request.payment_factor = manual_factor()
    return request


def pay_request(request_id):
    method = PaymentMethod()
    method.payment_method_type = "CARD"
    method.payment_method_meta_data = {
        "cardNo": CARD,
        "cvv": "123",
        "expiryMonth": "12",
        "expiryYear": "30",
        "cardholderName": {"firstName": "Lady", "lastName": "Gaga"},
    }
    request = AlipayPayRequest()
    request.product_code = ProductCodeType.CASHIER_PAYMENT
    request.payment_request_id = request_id
    request.payment_amount = amount()
    request.order = order(request_id)
    request.payment_method = method
    request.payment_redirect_url = REDIRECT_URL
    request.payment_notify_url = NOTIFY_URL
    request.payment_factor = manual_factor()
    # Seeds 001 and 002: env.terminalType and env.clientIp are required for card payments.
    env = Env()
    env.terminal_type = "WEB"
    env.client_ip = "203.0.113.7"
    request.env = env
    return request


def capture(client, payment_id, capture_request_id):
    request = AlipayCaptureRequest()
    request.capture_request_id = capture_request_id
    request.payment_id = payment_id
    request.capture_amount = amount()
    body = execute(client, request, "capture")
    expect_success(body, "capture")
    return body


def simulator_post(base_url, path, payload):
    """The buyer's side is the simulator's own unsigned JSON API (not an Antom API, so not the SDK's)."""
    request = urllib.request.Request(
        base_url + path, data=json.dumps(payload).encode("utf-8"), method="POST",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=15) as response:
        return json.loads(response.read().decode("utf-8"))


def notifications(base_url, request_id):
    query = urllib.parse.urlencode({"paymentRequestId": request_id})
    with urllib.request.urlopen(base_url + "/sim/v1/notifications?" + query, timeout=15) as response:
        return json.loads(response.read().decode("utf-8"))


def wait_for_notifications(base_url, request_id, types, seconds=20):
    deadline = time.monotonic() + seconds
    while True:
        found = [n for n in notifications(base_url, request_id) if n["notifyType"] in types]
        if {n["notifyType"] for n in found} >= set(types):
            return found
        if time.monotonic() > deadline:
            raise StepFailed("no %s notification for %s within %d s" % (", ".join(types), request_id, seconds))
        time.sleep(0.25)


def verify_webhook(notification, apo_public_key):
    valid = check_signature(
        "POST", notification["path"], notification["clientId"], notification["requestTime"],
        notification["body"], notification["signature"], apo_public_key,
    )
    expect(valid, "check_signature rejected %s" % notification["notifyType"])
    try:
        tampered = check_signature(
            "POST", notification["path"], notification["clientId"], notification["requestTime"],
            notification["body"] + " ", notification["signature"], apo_public_key,
        )
    except Exception:  # rsa.verify raises VerificationError for a bad signature
        tampered = False
    expect(not tampered, "check_signature accepted a tampered %s body" % notification["notifyType"])
    print("ok   webhook %-14s check_signature verified (and refused a tampered body)" % notification["notifyType"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:8480")
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--merchant-private-key", required=True, help="PEM file")
    parser.add_argument("--apo-public-key", required=True, help="PEM file")
    parser.add_argument("--merchant-public-key", required=True, help="PEM file, used as a wrong APO key")
    parser.add_argument("--run", default=str(int(time.time() * 1000)), help="suffix that keeps request ids unique")
    args = parser.parse_args()

    install_loopback_transport()
    merchant_key = pkcs1_private_key(args.merchant_private_key)
    apo_public_key = read_text(args.apo_public_key)
    client = DefaultAlipayClient(args.base_url, args.client_id, merchant_key, apo_public_key)
    run = args.run

    created = execute(client, session_request("PY-SESSION-" + run, manual=False), "createPaymentSession")
    expect_success(created, "createPaymentSession")
    expect(bool(created.get("paymentSessionData")), "createPaymentSession: no paymentSessionData")

    pay_id = "PY-PAY-" + run
    paid = execute(client, pay_request(pay_id), "pay")
    expect_success(paid, "pay")
    payment_id = paid.get("paymentId")
    expect(bool(payment_id), "pay: no paymentId")

    query = AlipayPayQueryRequest()
    query.payment_request_id = pay_id
    inquiry = execute(client, query, "inquiryPayment")
    expect_success(inquiry, "inquiryPayment")
    expect(inquiry.get("paymentStatus") == "SUCCESS", "inquiryPayment: paymentStatus %s" % inquiry.get("paymentStatus"))

    capture(client, payment_id, "PY-CAPTURE-" + run)

    refund = AlipayRefundRequest()
    refund.refund_request_id = "PY-REFUND-" + run
    refund.payment_id = payment_id
    refund.refund_amount = amount()
    refund.refund_notify_url = NOTIFY_URL
    refunded = execute(client, refund, "refund")
    expect_success(refunded, "refund")

    inquiry_refund = AlipayInquiryRefundRequest()
    inquiry_refund.refund_request_id = "PY-REFUND-" + run
    refund_status = execute(client, inquiry_refund, "inquiryRefund")
    expect_success(refund_status, "inquiryRefund")
    expect(refund_status.get("refundStatus") == "SUCCESS", "inquiryRefund: refundStatus %s" % refund_status.get("refundStatus"))
    expect(refund_status.get("refundId") == refunded.get("refundId"), "inquiryRefund: another refundId")

    manual_id = "PY-MANUAL-" + run
    manual = execute(client, session_request(manual_id, manual=True), "createPaymentSession")
    expect_success(manual, "createPaymentSession (MANUAL)")
    submitted = simulator_post(args.base_url, "/sim/v1/submitPayment", {
        "paymentSessionId": manual["paymentSessionId"], "paymentMethodType": "CARD",
        "card": {"cardNo": CARD, "expiryMonth": "12", "expiryYear": "30", "cvv": "123", "holderName": "Lady Gaga"},
    })
    expect(submitted["result"]["resultStatus"] == "S", "buyer payment: %s" % json.dumps(submitted["result"]))
    print("ok   %-22s %s (buyer, simulator API)" % ("submitPayment", submitted["result"]["resultStatus"]))
    capture(client, submitted["paymentId"], "PY-CAPTURE-MANUAL-" + run)

    cancel_id = "PY-CANCEL-" + run
    expect_success(execute(client, pay_request(cancel_id), "pay"), "pay (to cancel)")
    cancel = AlipayPayCancelRequest()
    cancel.payment_request_id = cancel_id
    expect_success(execute(client, cancel, "cancel"), "cancel")

    # The SDK really verifies: the merchant's own public key in place of the APO's must be refused.
    wrong = DefaultAlipayClient(args.base_url, args.client_id, merchant_key, read_text(args.merchant_public_key))
    try:
        wrong.execute(query)
    except AlipayApiException as error:
        print("ok   wrong APO key          refused by the SDK: %s" % error)
    else:
        raise StepFailed("the SDK accepted an answer verified with the wrong public key")

    for notification in wait_for_notifications(args.base_url, pay_id, ["PAYMENT_RESULT", "CAPTURE_RESULT", "REFUND_RESULT"]):
        verify_webhook(notification, apo_public_key)

    print("conformance: all steps passed")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (StepFailed, AlipayApiException) as failure:
        print("FAILED: %s" % failure, file=sys.stderr)
        sys.exit(1)
