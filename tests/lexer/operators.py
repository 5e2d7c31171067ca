# Every operator and delimiter token lexes correctly, even without spaces.
a=7;b=2
print(a+b,a-b,a*b,a/b,a//b,a%b,a**b)
print(a<<b,a>>b,a&b,a|b,a^b,~a)
print(a<b,a>b,a<=b,a>=b,a==b,a!=b)
a+=1;a-=2;a*=3;a//=2;a%=5;a**=2
print(a)
a<<=2;a>>=1;a|=1;a&=7;a^=2
print(a)
a/=2
print(a)
print([1,2][0],(3,)[0],{4:5}[4])

# expect: 9 5 14 3.5 3 1 49
# expect: 28 1 2 7 5 -8
# expect: False True False True False True
# expect: 16
# expect: 3
# expect: 1.5
# expect: 1 3 5
