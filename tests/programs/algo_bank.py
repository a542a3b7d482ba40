# Bank account simulation using dicts and functions, with exceptions for invalid operations.
accounts = {}
log = []
def open_account(owner, initial=0):
    if owner in accounts:
        raise ValueError(f"account for {owner} already exists")
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    accounts[owner] = {"balance": initial, "history": [("open", initial)]}
def deposit(owner, amount):
    if amount <= 0:
        raise ValueError(f"deposit must be positive, got {amount}")
    acct = accounts[owner]
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))
def withdraw(owner, amount):
    acct = accounts[owner]
    if amount > acct["balance"]:
        raise ArithmeticError(f"insufficient funds: balance {acct['balance']}, requested {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))
def transfer(src, dst, amount):
    if dst not in accounts:
        raise KeyError(dst)
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        deposit(src, amount)
        raise
def run(op, *args):
    try:
        op(*args)
        log.append((op.__name__, "ok"))
        print(f"{op.__name__}{args}: ok")
    except KeyError as e:
        log.append((op.__name__, "no such account"))
        print(f"{op.__name__}{args}: no such account {e}")
    except ValueError as e:
        log.append((op.__name__, "invalid"))
        print(f"{op.__name__}{args}: invalid: {e}")
    except ArithmeticError as e:
        log.append((op.__name__, "funds"))
        print(f"{op.__name__}{args}: refused: {e}")
    finally:
        total = sum(a["balance"] for a in accounts.values())
        print(f"   total money in bank: {total}")
run(open_account, "alice", 100)
run(open_account, "bob")
run(open_account, "alice", 5)
run(open_account, "carol", -10)
run(deposit, "bob", 50)
run(deposit, "bob", 0)
run(deposit, "dave", 10)
run(withdraw, "alice", 30)
run(withdraw, "bob", 500)
run(transfer, "alice", "bob", 25)
run(transfer, "alice", "zed", 1)
run(transfer, "bob", "alice", 1000)
for i in range(1, 11):
    run(deposit, "alice", i * 1.5)
for owner in sorted(accounts):
    acct = accounts[owner]
    print(owner, acct["balance"], len(acct["history"]), acct["history"][:3])
summary = {}
for name, status in log:
    summary[status] = summary.get(status, 0) + 1
print(summary)
rate = 0.035
bal = 1000.0
for year in range(1, 11):
    bal = round(bal * (1 + rate), 2)
    print(year, f"{bal:,.2f}")
