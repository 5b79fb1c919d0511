#ifndef COPENSSL_SHIM_H
#define COPENSSL_SHIM_H

// OpenSSL 3's libcrypto (Debian's libssl-dev): RSA-2048 signing, verifying and key generation for Antom's
// SHA256withRSA. Only the non-deprecated EVP interface is used.
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

/// An RSA private key from PKCS#8 or PKCS#1 DER; NULL for anything else (another algorithm, trailing bytes).
static inline EVP_PKEY *cos_rsa_private_key(const unsigned char *der, long length) {
    const unsigned char *cursor = der;
    EVP_PKEY *key = d2i_AutoPrivateKey(NULL, &cursor, length);
    if (key == NULL) return NULL;
    if (cursor != der + length || EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        return NULL;
    }
    return key;
}

/// An RSA public key from its big-endian modulus and exponent; NULL when OpenSSL refuses them.
static inline EVP_PKEY *cos_rsa_public_key(const unsigned char *n, size_t n_length, const unsigned char *e,
                                           size_t e_length) {
    EVP_PKEY *key = NULL;
    BIGNUM *modulus = BN_bin2bn(n, (int)n_length, NULL);
    BIGNUM *exponent = BN_bin2bn(e, (int)e_length, NULL);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = NULL;
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL);
    if (modulus != NULL && exponent != NULL && builder != NULL && context != NULL
        && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, modulus) == 1
        && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, exponent) == 1
        && (params = OSSL_PARAM_BLD_to_param(builder)) != NULL
        && EVP_PKEY_fromdata_init(context) == 1) {
        if (EVP_PKEY_fromdata(context, &key, EVP_PKEY_PUBLIC_KEY, params) != 1) key = NULL;
    }
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(exponent);
    BN_free(modulus);
    return key;
}

/// A fresh RSA key of `bits` with e = 65537 (EVP_RSA_gen is a variadic macro, which Swift cannot call).
static inline EVP_PKEY *cos_rsa_generate(unsigned bits) { return EVP_RSA_gen(bits); }

/// The bytes a memory BIO holds (BIO_get_mem_data is a macro).
static inline long cos_bio_contents(BIO *bio, char **contents) { return BIO_get_mem_data(bio, contents); }

#endif
