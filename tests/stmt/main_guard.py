# A script runs as __main__, so the usual guard fires.
def main():
    print("main ran")
print(__name__)
if __name__ == "__main__":
    main()

# expect: __main__
# expect: main ran
